using PaperArchive.Diagnostics;
using PaperArchive.Text;

namespace PaperArchive.Catalog;

/// <summary>
/// Gives every paper a unique readable slug made from its title. When several titles make the same slug, the
/// paper added first (then lowest id) keeps the plain slug and the others get part of their id appended, so a
/// slug never changes when later papers arrive. A title with no letters or digits gets <c>paper-&lt;id&gt;</c>.
/// </summary>
internal static class SlugAllocator
{
    public static IEnumerable<Paper> Assign(IReadOnlyList<Paper> papers, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var byBase = papers
            .Select(p => (Paper: p, Base: BaseSlug(p)))
            .OrderBy(x => x.Paper.Added).ThenBy(x => x.Paper.Id, StringComparer.Ordinal)
            .GroupBy(x => x.Base, StringComparer.Ordinal);

        foreach (var group in byBase)
        {
            var first = group.First().Paper;
            foreach (var (paper, slugBase) in group)
            {
                var slug = slugBase;
                for (var length = 6; !taken.Add(slug); length += 2)
                {
                    slug = $"{slugBase}-{paper.Id[..Math.Min(length, paper.Id.Length)]}";
                }

                if (!ReferenceEquals(paper, first))
                {
                    var source = paper.Sources[0];
                    diagnostics.Warning(DiagnosticIds.SlugCollision, new SourceLocation(source.File, source.Line),
                        $"'{paper.Title}' makes the same URL as '{first.Title}' ({first.Sources[0].File}, line {first.Sources[0].Line}); it is published at /papers/{slug}/.");
                }

                yield return paper with { Slug = slug };
            }
        }
    }

    private static string BaseSlug(Paper paper)
    {
        var slug = Slugs.FromText(paper.Title);
        return slug.Length == 0 ? $"paper-{paper.Id[..8]}" : slug;
    }
}
