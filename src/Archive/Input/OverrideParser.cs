using PaperArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Input;

/// <summary>
/// Reads one override file: optional YAML front matter between <c>---</c> lines, then the Markdown note.
/// Never throws: bad YAML is an error with its line, unknown keys are warnings, and the rest is still read.
/// </summary>
internal static class OverrideParser
{
    public const string AddThemesKey = "add_themes";
    public const string RemoveThemesKey = "remove_themes";
    public const string HiddenKey = "hidden";

    private static readonly string[] Keys = [AddThemesKey, RemoveThemesKey, HiddenKey];

    public static PaperOverride Parse(string slug, string file, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new PaperOverride(slug, SourceLocation.Of(file));
        var bodyStart = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (end < 0)
            {
                diagnostics.Error(DiagnosticIds.OverrideYamlError, SourceLocation.Of(file),
                    "the front matter starts with '---' but no closing '---' line ends it.");
                return result;
            }

            // The opening line becomes an empty line, so that YAML line numbers are the file's line numbers.
            var yaml = "\n" + string.Join('\n', lines[1..end]);
            result = ReadFrontMatter(result, file, yaml, diagnostics);
            bodyStart = end + 1;
        }

        var note = string.Join('\n', lines[bodyStart..]).Trim();
        return result with { Note = note.Length == 0 ? null : note + "\n" };
    }

    private static PaperOverride ReadFrontMatter(PaperOverride result, string file, string yaml, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticIds.OverrideYamlError, new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column),
                $"the front matter is not valid YAML: {e.Message}");
            return result;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed flow collections, without a position.
            diagnostics.Error(DiagnosticIds.OverrideYamlError, SourceLocation.Of(file),
                "the front matter is not valid YAML: check that every '[' and '{' is closed.");
            return result;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: "" or null })
        {
            return result;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticIds.OverrideYamlError, LocationOf(file, stream.Documents[0].RootNode),
                $"the front matter must be keys and values, such as '{HiddenKey}: true'.");
            return result;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            result = key switch
            {
                AddThemesKey => result with { AddThemes = ThemeList(file, key, value, diagnostics) },
                RemoveThemesKey => result with { RemoveThemes = ThemeList(file, key, value, diagnostics) },
                HiddenKey => result with { Hidden = Boolean(file, value, diagnostics) },
                _ => Unknown(result, file, key, keyNode, diagnostics),
            };
        }

        return result;
    }

    private static PaperOverride Unknown(PaperOverride result, string file, string key, YamlNode keyNode, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(DiagnosticIds.OverrideUnknownKey, LocationOf(file, keyNode),
            $"unknown key '{key}' is ignored; known keys are: {string.Join(", ", Keys)}.");
        return result;
    }

    private static IReadOnlyList<ThemeReference> ThemeList(string file, string key, YamlNode node, DiagnosticBag diagnostics)
    {
        IEnumerable<YamlNode> items = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode => [node],
            _ => [],
        };
        var themes = new List<ThemeReference>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } slug } && slug.Trim().Length > 0)
            {
                themes.Add(new ThemeReference(slug.Trim(), LocationOf(file, item)));
            }
            else
            {
                diagnostics.Error(DiagnosticIds.OverrideInvalidValue, LocationOf(file, item),
                    $"'{key}' must be a list of theme slugs, such as [agents, reasoning].");
            }
        }

        if (node is YamlMappingNode)
        {
            diagnostics.Error(DiagnosticIds.OverrideInvalidValue, LocationOf(file, node),
                $"'{key}' must be a list of theme slugs, such as [agents, reasoning].");
        }

        return themes;
    }

    private static bool? Boolean(string file, YamlNode node, DiagnosticBag diagnostics)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        switch (text)
        {
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                diagnostics.Error(DiagnosticIds.OverrideInvalidValue, LocationOf(file, node), $"'{HiddenKey}' must be true or false.");
                return null;
        }
    }

    private static SourceLocation LocationOf(string file, YamlNode node) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column);
}
