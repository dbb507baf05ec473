using System.Reflection;
using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is where a curator looks up an id the build printed: it must know every one.</summary>
public sealed class DiagnosticDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));

    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            ids.Add((string)field.GetRawConstantValue()!);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_id_has_a_row_in_the_docs(string id) =>
        Assert.Contains($"| {id} |", Docs);

    [Fact]
    public void The_docs_name_no_id_the_code_does_not_have()
    {
        var known = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet();
        var documented = Regex.Matches(Docs, @"^\| (ARC\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.DoesNotContain(documented, id => !known.Contains(id));
    }
}
