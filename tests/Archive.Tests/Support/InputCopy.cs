namespace PaperArchive.Tests.Support;

/// <summary>A copy of the shipped <c>input/</c> in a temp folder, to change freely, with build options that
/// read it and the shipped templates and write to an <c>output/</c> beside it.</summary>
public sealed class InputCopy : IDisposable
{
    private readonly TempFolder _temp = new();

    public InputCopy() => FolderCopy.Copy(RepoPaths.ShippedInput, Input);

    public string Root => _temp.Path;

    public string Input => _temp.Combine("input");

    public string Output => _temp.Combine("output");

    public BuildOptions Options => new()
    {
        InputDirectory = Input,
        TemplateDirectory = RepoPaths.ShippedTemplates,
        OutputDirectory = Output,
        BaseUrl = "https://archive.example",
    };

    /// <summary>Writes (or overwrites) a file below the input folder.</summary>
    public void Write(string relativePath, string content) => _temp.Write(Path.Combine("input", relativePath), content);

    /// <summary>A listing captured on 12 December 2025 with one paper titled <paramref name="title"/>.</summary>
    public static string NewListing(string title) =>
        Listings.Page("Dec 12", Listings.Entry(title, "Nov 3", abstractText: "A paper added by a test to see the site follow its input."));

    /// <summary>A paper of the shipped input's earliest listing (so it is in the search index's base) that shares
    /// its themes and year with other papers, some of them more upvoted.</summary>
    public const string KnownTitle = "Dynamic Normativity: Necessary and Sufficient Conditions for Value Alignment";

    /// <summary>A listing captured on 12 December 2025, as real listings are: a new paper titled
    /// <paramref name="title"/>, and <see cref="KnownTitle"/> shown again as the shipped listing shows it (text,
    /// author count, date) but with <paramref name="upvotes"/> upvotes, so the known paper gains a source and upvotes.</summary>
    public string Relisting(string title, int upvotes)
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(Input, "listings", "2025-12-08-ai-values.txt"));
        var known = Array.IndexOf(lines, KnownTitle);
        return Listings.Page("Dec 12",
            Listings.Entry(title, "Nov 3", abstractText: "A paper added by a test to see the site follow its input."),
            Listings.Entry(KnownTitle, $"{lines[known + 6]} {upvotes}", lines[known + 4], lines[known + 2]));
    }

    public void Dispose() => _temp.Dispose();
}
