using System.Text.RegularExpressions;
using PaperArchive.Input;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperArchive.Enrichment;

/// <summary>
/// The text of a metadata file: YAML, keys in a fixed order, one author a line and the abstract folded at 100
/// columns, so that a change of arXiv's record is a small diff. <see cref="MetadataParser"/> reads it back.
/// </summary>
internal static partial class MetadataWriter
{
    public const string Header = "arXiv's record of this paper, kept by `archive enrich` (docs/enrich.md).";

    public static string Write(PaperMetadata metadata)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text, 2, 100);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new Comment(Header, false));
        emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        Pair(emitter, MetadataKeys.Paper, metadata.PaperTitle);
        Pair(emitter, MetadataKeys.Status, metadata.Status switch
        {
            MetadataStatus.Found => MetadataKeys.Found,
            MetadataStatus.NotFound => MetadataKeys.NotFound,
            _ => MetadataKeys.Ambiguous,
        });
        Pair(emitter, MetadataKeys.Asked, Day(metadata.Asked), ScalarStyle.Plain);
        if (metadata.Candidates.Count > 0)
        {
            List(emitter, MetadataKeys.Candidates, metadata.Candidates, SequenceStyle.Flow, ScalarStyle.DoubleQuoted);
        }

        if (metadata.Arxiv is { } entry)
        {
            WriteEntry(emitter, entry);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString().Replace("\r\n", "\n");
    }

    private static void WriteEntry(Emitter emitter, ArxivEntry entry)
    {
        // An id such as 2310.06770 is a number to YAML: quoted, it keeps its last zero in every reader.
        Pair(emitter, MetadataKeys.Arxiv, entry.Id, ScalarStyle.DoubleQuoted);
        Pair(emitter, MetadataKeys.Version, entry.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain);
        Pair(emitter, MetadataKeys.Title, entry.Title);
        List(emitter, MetadataKeys.Authors, entry.Authors, SequenceStyle.Block);
        Pair(emitter, MetadataKeys.Published, Day(entry.Published), ScalarStyle.Plain);
        Pair(emitter, MetadataKeys.Updated, Day(entry.Updated), ScalarStyle.Plain);
        Pair(emitter, MetadataKeys.PrimaryCategory, entry.PrimaryCategory);
        var others = entry.Categories.Where(c => c != entry.PrimaryCategory).ToList();
        if (others.Count > 0)
        {
            List(emitter, MetadataKeys.OtherCategories, others, SequenceStyle.Flow);
        }

        Pair(emitter, MetadataKeys.Pdf, entry.PdfUrl);
        Pair(emitter, MetadataKeys.Doi, entry.Doi);
        Pair(emitter, MetadataKeys.JournalRef, entry.JournalRef);
        Pair(emitter, MetadataKeys.Comment, entry.Comment);
        Pair(emitter, MetadataKeys.Abstract, entry.Abstract, ScalarStyle.Folded);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="key"/> only when there is a value: an unknown field is left out, never written empty.</summary>
    private static void Pair(Emitter emitter, string key, string? value, ScalarStyle style = ScalarStyle.Any)
    {
        if (value is null)
        {
            return;
        }

        emitter.Emit(new Scalar(key));
        Value(emitter, value, style);
    }

    private static void List(Emitter emitter, string key, IReadOnlyList<string> items, SequenceStyle layout, ScalarStyle style = ScalarStyle.Any)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(new SequenceStart(null, null, true, layout));
        foreach (var item in items)
        {
            Value(emitter, item, style);
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void Value(Emitter emitter, string value, ScalarStyle style)
    {
        // Text that plain YAML would read as something else (a number, a date, true, null) is quoted; so is text
        // with characters a block or plain scalar cannot carry.
        if (style is ScalarStyle.Any or ScalarStyle.Folded && (LooksTyped().IsMatch(value) || value.Any(char.IsControl)))
        {
            style = ScalarStyle.DoubleQuoted;
        }

        emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    [GeneratedRegex(@"^(?:[-+]?[\d._]+(?:[eE][-+]?\d+)?|[-+]?\.?(?:inf|Inf|INF|nan|NaN|NAN)|0x[\dA-Fa-f]+|0o[0-7]+|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|\d{4}-\d\d?-\d\d?.*|)$")]
    private static partial Regex LooksTyped();
}
