namespace PaperArchive.Tests.Support;

/// <summary>An input folder holding one real capture of each structured form (a GitHub digest, a saved HTML page, the
/// papers API's JSON and an arXiv listing), as a curator would drop them into input/listings/, with the shipped site.yml.</summary>
public static class CapturedForms
{
    public static readonly string[] Captures =
    [
        "GitHubDigest/trending-three-papers.md",
        "SavedHtml/daily-2024-08-01.html",
        "PapersApi/2024-10-25-daily-papers-excerpt.json",
        "ArxivListing/cs-ai-recent.md",
    ];

    /// <summary>Writes the input folder into <paramref name="temp"/> and returns its path.</summary>
    public static string AssembleInput(TempFolder temp)
    {
        File.Copy(Path.Combine(RepoPaths.ShippedInput, "site.yml"), temp.Write("input/site.yml", string.Empty), overwrite: true);
        foreach (var capture in Captures)
        {
            File.Copy(Path.Combine(RepoPaths.TestFiles, "Listings", capture), temp.Write(Path.Combine("input", "listings", Path.GetFileName(capture)), string.Empty), overwrite: true);
        }

        return temp.Combine("input");
    }
}
