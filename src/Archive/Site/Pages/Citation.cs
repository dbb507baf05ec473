namespace PaperArchive.Site.Pages;

/// <summary>The authors' names on a paper's page: all of them when few, else the first ones and the rest in a
/// <c>&lt;details&gt;</c> a reader opens without JavaScript (partials/paper-authors.hbs).</summary>
public sealed record AuthorList(IReadOnlyList<string> Shown, IReadOnlyList<string> More)
{
    /// <summary>Lists this long are shown whole; longer ones show <see cref="Shortened"/> names first.</summary>
    public const int ShownWhole = 12;

    public const int Shortened = 10;

    public int Count => Shown.Count + More.Count;

    public string MoreText => More.Count == 1 ? "and 1 more author" : $"and {More.Count} more authors";

    public static AuthorList? Of(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        <= ShownWhole => new AuthorList(names, []),
        _ => new AuthorList(names.Take(Shortened).ToList(), names.Skip(Shortened).ToList()),
    };
}

/// <summary>The "Cite" block of a paper's page (partials/cite.hbs): its BibTeX, and the site path of the same text as a file.</summary>
public sealed record Citation(string BibTex, string Path);
