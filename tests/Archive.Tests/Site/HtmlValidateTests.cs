using System.Diagnostics;
using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The shipped build against html-validate's recommended rules (tests/tools/.htmlvalidate.json turns off only
/// long-title and doctype-style), run with Node from tests/tools, offline.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class HtmlValidateTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

    [CheckerFact]
    public void Every_page_of_the_shipped_build_passes_html_validate_recommended_rules()
    {
        var messages = Validate(_site.Output, _site.HtmlFiles());

        Assert.True(messages.Count == 0, $"{messages.Count} html-validate errors, the first ones:\n" + string.Join("\n", messages.Take(15)));
    }

    [CheckerFact]
    public void The_check_finds_a_form_without_a_submit_button()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", "<!doctype html>\n<html lang=\"en\"><head><title>A page</title></head><body><main>" +
            "<form action=\"search/\" role=\"search\"><label for=\"q\">Search</label><input type=\"search\" id=\"q\" name=\"q\"></form></main></body></html>\n");

        Assert.Contains(Validate(folder.Path, ["page.html"]), m => m.Contains("wcag/h32", StringComparison.Ordinal));
    }

    /// <summary>Every error html-validate reports, as "file: rule: message".</summary>
    internal static List<string> Validate(string folder, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[TestTools.HtmlValidate, "--config", TestTools.HtmlValidateConfig, "--formatter", "json", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(output.TrimStart().StartsWith('['), $"html-validate did not report (exit {node.ExitCode}): {error.Result}");
        using var report = JsonDocument.Parse(output);
        return report.RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("severity").GetInt32() == 2)
                .Select(m => $"{file.GetProperty("filePath").GetString()}: {m.GetProperty("ruleId").GetString()}: {m.GetProperty("message").GetString()}"))
            .ToList();
    }
}
