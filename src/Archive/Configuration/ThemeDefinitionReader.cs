using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;
using PaperArchive.Text;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Configuration;

/// <summary>Reads the <c>themes:</c> list of <c>site.yml</c>.</summary>
internal static partial class ThemeDefinitionReader
{
    public static IReadOnlyList<ThemeDefinition> Read(YamlNodes nodes, YamlNode value, DiagnosticBag diagnostics)
    {
        if (value is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, nodes.LocationOf(value), "'themes' must be a list of themes.");
            return [];
        }

        var themes = new List<ThemeDefinition>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            if (nodes.Mapping(node, "themes[]") is not { } mapping)
            {
                continue;
            }

            string? slug = null, name = null, description = null;
            IReadOnlyList<string> match = [];
            var minAbstractMatches = 1;
            foreach (var (key, field) in nodes.Entries(mapping, "slug", "name", "description", "match", "min_abstract_matches"))
            {
                switch (key)
                {
                    case "slug": slug = nodes.Scalar(field, key); break;
                    case "name": name = nodes.Scalar(field, key); break;
                    case "description": description = nodes.Scalar(field, key); break;
                    case "match": match = nodes.Strings(field, key); break;
                    case "min_abstract_matches": minAbstractMatches = nodes.Integer(field, key, 1, 1000) ?? 1; break;
                }
            }

            var location = nodes.LocationOf(node);
            if (string.IsNullOrWhiteSpace(name))
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, location, "a theme needs a 'name'.");
                continue;
            }

            slug ??= Slugs.FromText(name);
            if (!SlugPattern().IsMatch(slug))
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, location,
                    $"theme slug '{slug}' must be lower-case letters, digits and hyphens.");
                continue;
            }

            if (slug == "other")
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, location,
                    "theme slug 'other' is reserved for the papers no theme matched; choose another slug.");
                continue;
            }

            if (!slugs.Add(slug))
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, location, $"theme slug '{slug}' is used twice.");
                continue;
            }

            themes.Add(new ThemeDefinition(slug, name, description ?? string.Empty, match, location, minAbstractMatches));
        }

        return themes;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
