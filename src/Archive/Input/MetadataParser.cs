using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Input;

/// <summary>
/// Reads one <c>input/metadata/&lt;slug&gt;.yml</c>. Never throws: bad YAML and bad values are errors with their line,
/// unknown keys are warnings, and a file that cannot be understood gives null.
/// </summary>
internal static class MetadataParser
{
    public static PaperMetadata? Parse(string slug, string file, string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticIds.MetadataYamlError, new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column),
                $"this metadata file is not valid YAML: {e.Message} Run `archive enrich --refresh` to write it again, or fix it by hand.");
            return null;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(DiagnosticIds.MetadataYamlError, SourceLocation.Of(file),
                "this metadata file is not valid YAML: check that every '[' and '{' is closed.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticIds.MetadataYamlError, SourceLocation.Of(file),
                "a metadata file must be keys and values, such as 'status: found'; this one is empty or is not.");
            return null;
        }

        return new Reader(file, diagnostics).Read(slug, mapping);
    }

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        private bool _failed;

        public PaperMetadata? Read(string slug, YamlMappingNode mapping)
        {
            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (MetadataKeys.All.Contains(key, StringComparer.Ordinal))
                {
                    values[key] = value;
                }
                else
                {
                    diagnostics.Warning(DiagnosticIds.MetadataUnknownKey, LocationOf(keyNode),
                        $"unknown key '{key}' is ignored; known keys are: {string.Join(", ", MetadataKeys.All)}.");
                }
            }

            var status = Status(values, mapping);
            if (status is null)
            {
                return null;
            }

            var metadata = new PaperMetadata(slug, new SourceLocation(file, 1), status.Value)
            {
                Lines = values.ToDictionary(v => v.Key, v => LocationOf(v.Value), StringComparer.Ordinal),
                PaperTitle = Text(values, MetadataKeys.Paper),
                Asked = Date(values, MetadataKeys.Asked, required: status != MetadataStatus.Found, mapping),
                Candidates = status == MetadataStatus.Ambiguous ? Ids(values, MetadataKeys.Candidates, mapping) : [],
                Arxiv = status == MetadataStatus.Found ? Entry(values, mapping) : null,
            };
            return _failed ? null : metadata;
        }

        private MetadataStatus? Status(Dictionary<string, YamlNode> values, YamlMappingNode mapping)
        {
            switch (Text(values, MetadataKeys.Status))
            {
                case MetadataKeys.Found:
                    return MetadataStatus.Found;
                case MetadataKeys.NotFound:
                    return MetadataStatus.NotFound;
                case MetadataKeys.Ambiguous:
                    return MetadataStatus.Ambiguous;
                case var other:
                    Invalid(values.GetValueOrDefault(MetadataKeys.Status) ?? mapping,
                        $"'{MetadataKeys.Status}' must be {MetadataKeys.Found}, {MetadataKeys.NotFound} or {MetadataKeys.Ambiguous}{(other is null ? "" : $", not '{other}'")}.");
                    return null;
            }
        }

        private ArxivEntry Entry(Dictionary<string, YamlNode> values, YamlMappingNode mapping)
        {
            var id = Text(values, MetadataKeys.Arxiv);
            if (id is null || !ArxivIdentifier.IsValidId(id))
            {
                Invalid(values.GetValueOrDefault(MetadataKeys.Arxiv) ?? mapping,
                    $"'{MetadataKeys.Arxiv}' must be an arXiv id without its version, such as \"2305.10601\"{(id is null ? "" : $", not '{id}'")}.");
            }

            var title = Text(values, MetadataKeys.Title);
            if (title is null)
            {
                Invalid(values.GetValueOrDefault(MetadataKeys.Title) ?? mapping, $"'{MetadataKeys.Title}' (the title as arXiv writes it) is missing.");
            }

            var primary = Text(values, MetadataKeys.PrimaryCategory);
            return new ArxivEntry
            {
                Id = id ?? string.Empty,
                Version = Version(values, mapping),
                Title = title ?? string.Empty,
                Authors = Strings(values, MetadataKeys.Authors),
                Published = Date(values, MetadataKeys.Published, required: false, mapping),
                Updated = Date(values, MetadataKeys.Updated, required: false, mapping),
                PrimaryCategory = primary,
                Categories = [.. primary is null ? [] : new[] { primary }, .. Strings(values, MetadataKeys.OtherCategories)],
                PdfUrl = Url(values, MetadataKeys.Pdf),
                Doi = Text(values, MetadataKeys.Doi),
                JournalRef = Text(values, MetadataKeys.JournalRef),
                Comment = Text(values, MetadataKeys.Comment),
                Abstract = Text(values, MetadataKeys.Abstract),
            };
        }

        private int Version(Dictionary<string, YamlNode> values, YamlMappingNode mapping)
        {
            var text = Text(values, MetadataKeys.Version);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1)
            {
                return version;
            }

            Invalid(values.GetValueOrDefault(MetadataKeys.Version) ?? mapping, $"'{MetadataKeys.Version}' must be the arXiv version, a whole number from 1{(text is null ? "" : $", not '{text}'")}.");
            return 1;
        }

        private DateOnly? Date(Dictionary<string, YamlNode> values, string key, bool required, YamlMappingNode mapping)
        {
            var text = Text(values, key);
            if (text is null)
            {
                if (required)
                {
                    Invalid(mapping, $"'{key}' (the day arXiv was asked, YYYY-MM-DD) is missing.");
                }

                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Invalid(values[key], $"'{key}' must be a date written YYYY-MM-DD, not '{text}'.");
            return null;
        }

        private IReadOnlyList<string> Ids(Dictionary<string, YamlNode> values, string key, YamlMappingNode mapping)
        {
            var ids = Strings(values, key);
            foreach (var id in ids.Where(id => !ArxivIdentifier.IsValidId(id)))
            {
                Invalid(values[key], $"'{key}' must list arXiv ids such as \"2305.10601\", not '{id}'.");
            }

            if (ids.Count == 0)
            {
                Invalid(values.GetValueOrDefault(key) ?? mapping, $"'{key}' must list the arXiv ids that share the title.");
            }

            return ids;
        }

        private string? Url(Dictionary<string, YamlNode> values, string key)
        {
            var text = Text(values, key);
            if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                Invalid(values[key], $"'{key}' must be an http(s) address, not '{text}'.");
                return null;
            }

            return text;
        }

        private string? Text(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) || IsNull(scalar) ? null : scalar.Value.Trim();
            }

            Invalid(node, $"'{key}' must be a single value.");
            return null;
        }

        private List<string> Strings(Dictionary<string, YamlNode> values, string key)
        {
            switch (values.GetValueOrDefault(key))
            {
                case null:
                    return [];
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                        {
                            items.Add(value.Trim());
                        }
                        else
                        {
                            Invalid(item, $"each item of '{key}' must be a single value.");
                        }
                    }

                    return items;
                case YamlScalarNode scalar when IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value):
                    return [];
                case var node:
                    Invalid(node, $"'{key}' must be a list, one item a line ('- …') or in brackets.");
                    return [];
            }
        }

        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

        private void Invalid(YamlNode node, string message)
        {
            _failed = true;
            diagnostics.Error(DiagnosticIds.MetadataInvalidValue, LocationOf(node), message);
        }

        private SourceLocation LocationOf(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);
    }
}
