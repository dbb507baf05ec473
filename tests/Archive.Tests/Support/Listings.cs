using System.Text;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Support;

/// <summary>Parses listing text in memory, as the build would.</summary>
public static class Listings
{
    public static (Listing? Listing, DiagnosticBag Diagnostics) Parse(string fileName, string text, ListingConfig? config = null)
    {
        var diagnostics = new DiagnosticBag();
        var listing = ListingParser.Default.Parse(new RawListing(fileName, Encoding.UTF8.GetBytes(text)), config, diagnostics);
        return (listing, diagnostics);
    }

    public static (Listing? Listing, DiagnosticBag Diagnostics) ParseTestFile(string name, ListingConfig? config = null) =>
        Parse(name, File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", name)), config);

    /// <summary>A Daily Papers page captured on <paramref name="captureLine"/> with the given entry blocks.</summary>
    public static string Page(string captureLine, params string[] entries) =>
        "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n" +
        captureLine + "\n\n" + string.Join("\n\n", entries) + "\n";

    /// <summary>One entry of a Daily Papers page: title, abstract and, when <paramref name="dateLine"/> is given, metadata.</summary>
    public static string Entry(string title, string? dateLine = null, string byline = "  • 3 authors", string abstractText = "We study a problem and report results.") =>
        dateLine is null ? $"{title}\n\n{abstractText}" : $"{title}\n\n{abstractText}\n\n{byline}\n·\n{dateLine}";
}
