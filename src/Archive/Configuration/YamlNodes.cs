using PaperArchive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Configuration;

/// <summary>Small helpers that read YAML nodes and report mistakes with the node's own line.</summary>
internal sealed class YamlNodes(string file, DiagnosticBag diagnostics)
{
    public SourceLocation LocationOf(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The entries of a mapping, warning once for each key not in <paramref name="knownKeys"/>.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode mapping, params string[] knownKeys)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (knownKeys.Length > 0 && !knownKeys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Warning(DiagnosticIds.ConfigUnknownKey, LocationOf(keyNode),
                    $"unknown key '{key}' is ignored; known keys here are: {string.Join(", ", knownKeys)}.");
                continue;
            }

            yield return (key, value);
        }
    }

    public string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        diagnostics.Error(DiagnosticIds.ConfigInvalidValue, LocationOf(node), $"'{key}' must be a single value.");
        return null;
    }

    public int? Integer(YamlNode node, string key, int min, int max)
    {
        var text = Scalar(node, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }

        diagnostics.Error(DiagnosticIds.ConfigInvalidValue, LocationOf(node),
            $"'{key}' must be a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    public DateOnly? Date(YamlNode node, string key)
    {
        var text = Scalar(node, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticIds.ConfigInvalidValue, LocationOf(node),
            $"'{key}' must be a date written YYYY-MM-DD, not '{text}'.");
        return null;
    }

    public IReadOnlyList<string> Strings(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [scalar.Value!];
            case YamlSequenceNode sequence:
                return sequence.Children.Select(child => Scalar(child, key)).OfType<string>()
                    .Where(s => s.Trim().Length > 0).ToList();
            default:
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, LocationOf(node), $"'{key}' must be a list of words or phrases.");
                return [];
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string key)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        diagnostics.Error(DiagnosticIds.ConfigInvalidValue, LocationOf(node), $"'{key}' must be a mapping of keys to values.");
        return null;
    }
}
