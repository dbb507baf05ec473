using System.Reflection;
using PaperArchive.Catalog;
using PaperArchive.Enrichment;
using PaperArchive.Site.Pages;

namespace PaperArchive.Tests.Caching;

/// <summary>Copies of a record with one field changed each, for every field at every depth (nested records, their
/// lists' items), so a test can show that a digest reads every one of them. A field of a type this does not know how
/// to change fails the test that asked, rather than going unchecked.</summary>
internal static class FieldChanges
{
    /// <summary>An arXiv entry with every field set.</summary>
    public static ArxivEntry ArxivSample { get; } = new()
    {
        Id = "2403.00001", Version = 2, Title = "A Title", Authors = ["An Author"], Published = new DateOnly(2024, 3, 1),
        Updated = new DateOnly(2024, 3, 8), PrimaryCategory = "cs.LG", Categories = ["cs.LG", "cs.CL"],
        PdfUrl = "https://arxiv.org/pdf/2403.00001v2", Doi = "10.1000/x", JournalRef = "A Journal", Comment = "9 pages",
        Abstract = "An abstract.",
    };

    public static IEnumerable<(string Field, object Changed)> Of(object record)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(record);
            foreach (var (field, changed) in ChangesOf(property.PropertyType, value))
            {
                yield return ($"{record.GetType().Name}.{property.Name}{field}", With(record, property, changed));
            }
        }
    }

    private static IEnumerable<(string Field, object? Changed)> ChangesOf(Type type, object? value)
    {
        switch (value)
        {
            case null:
                yield return ("", Sample(type));
                yield break;
            case string text:
                yield return ("", text + "x");
                yield break;
            case int number:
                yield return ("", number + 1);
                yield break;
            case bool flag:
                yield return ("", !flag);
                yield break;
            case DateOnly day:
                yield return ("", day.AddDays(1));
                yield break;
            case IReadOnlyList<string> texts:
                yield return (" (one more)", texts.Append("x").ToList());
                foreach (var i in Enumerable.Range(0, texts.Count))
                {
                    yield return ($"[{i}]", texts.Select((t, j) => j == i ? t + "x" : t).ToList());
                }

                yield break;
            case IReadOnlyList<PaperSource> sources:
                yield return (" (one more)", sources.Append(new PaperSource("more.txt", 9)).ToList());
                foreach (var (field, changed) in Of(sources[0]))
                {
                    yield return ($"[0].{field}", sources.Skip(1).Prepend((PaperSource)changed).ToList());
                }

                yield break;
            case IReadOnlyList<ThemeTag> tags:
                yield return (" (one more)", tags.Append(new ThemeTag("More", "themes/more/")).ToList());
                foreach (var (field, changed) in tags.Count > 0 ? Of(tags[0]) : [])
                {
                    yield return ($"[0].{field}", tags.Skip(1).Prepend((ThemeTag)changed).ToList());
                }

                yield break;
            case ArxivEntry arxiv:
                yield return (" (none)", null);
                foreach (var (field, changed) in Of(arxiv))
                {
                    yield return ($".{field}", changed);
                }

                yield break;
            default:
                throw new InvalidOperationException($"FieldChanges cannot change a {type.Name}: teach it how.");
        }
    }

    private static object Sample(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) ? "x"
            : underlying == typeof(int) ? 7
            : underlying == typeof(DateOnly) ? new DateOnly(2024, 3, 6)
            : underlying == typeof(ArxivEntry) ? ArxivSample
            : throw new InvalidOperationException($"FieldChanges has no sample {type.Name}: teach it one.");
    }

    /// <summary>A copy of the record (its compiler-made clone) with one property set.</summary>
    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }
}
