using System.Buffers;
using System.Globalization;
using System.Text;
using PaperArchive.Catalog;
using PaperArchive.Text;

namespace PaperArchive.Site;

/// <summary>
/// A paper's BibTeX entry, shown in the "Cite" block of its page and written as <c>papers/&lt;slug&gt;/cite.bib</c>:
/// <c>@misc</c> with arXiv's <c>eprint</c>, <c>archivePrefix</c> and <c>primaryClass</c> when the paper is on arXiv (the
/// form arXiv itself and biblatex use), else the page's URL. Fields that are not known are left out.
/// </summary>
internal static class BibTex
{
    public static string Of(Paper paper, string pageUrl)
    {
        var year = Year(paper);
        var fields = new List<(string Name, string Value)> { ("title", "{" + Escape(paper.Title) + "}") };
        if (paper.AuthorNames.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", paper.AuthorNames.Select(Author))));
        }

        if (year is { } known)
        {
            fields.Add(("year", known.ToString(CultureInfo.InvariantCulture)));
        }

        if (paper.ArxivId is { } arxiv)
        {
            fields.Add(("eprint", arxiv));
            fields.Add(("archivePrefix", "arXiv"));
            if (paper.Arxiv?.PrimaryCategory is { } primary)
            {
                fields.Add(("primaryClass", primary));
            }
        }

        if (paper.Arxiv?.Doi is { } doi)
        {
            fields.Add(("doi", Escape(doi)));
        }

        fields.Add(("url", paper.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : pageUrl));
        var entry = new StringBuilder($"@misc{{{Key(paper, year)},\n");
        foreach (var (name, value) in fields)
        {
            entry.Append($"  {name} = {{{value}}},\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>The usual key: first author's family name, year, first word of the title ("yao2023tree"), ASCII only.</summary>
    private static string Key(Paper paper, int? year)
    {
        var family = paper.AuthorNames.Count > 0 ? paper.AuthorNames[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : "";
        var word = TextFolding.Words(paper.Title).FirstOrDefault(w => w.Length > 3 && !CommonWords.Contains(w)) ?? TextFolding.Words(paper.Title).FirstOrDefault() ?? "paper";
        var key = string.Concat(TextFolding.Words(family)) + year + word;
        return key.Length > 0 ? key : paper.Id;
    }

    private static readonly HashSet<string> CommonWords = ["that", "this", "with", "from", "what", "when", "towards", "toward"];

    /// <summary>The year of publication; for a paper on arXiv without a known date, the year its id was given (YYMM).</summary>
    private static int? Year(Paper paper) =>
        paper.Published?.Year
        ?? (paper.ArxivId is { Length: >= 4 } id && char.IsAsciiDigit(id[0]) && int.TryParse(id.AsSpan(0, 2), CultureInfo.InvariantCulture, out var yy) ? 2000 + yy : null);

    /// <summary>A name holding " and " (a consortium) is braced so that BibTeX does not split it.</summary>
    private static string Author(string name) =>
        name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + Escape(name) + "}" : Escape(name);

    /// <summary>What <see cref="Escape"/> changes: BibTeX's special characters and the control characters (most titles
    /// have none, and are returned as they are).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\\{}&%$#_~^" + string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsControl)));

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => escaped.Append(@"\textbackslash{}"),
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => escaped.Append('\\').Append(c),
                '~' => escaped.Append(@"\textasciitilde{}"),
                '^' => escaped.Append(@"\textasciicircum{}"),
                _ when char.IsControl(c) => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
