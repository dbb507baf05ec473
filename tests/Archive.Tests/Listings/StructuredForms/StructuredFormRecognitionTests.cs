using PaperArchive.Listings;
using PaperArchive.Listings.ArxivListing;
using PaperArchive.Listings.GitHubDigest;
using PaperArchive.Listings.PaperPage;
using PaperArchive.Listings.PapersApi;
using PaperArchive.Listings.SavedHtml;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings.StructuredForms;

/// <summary>The structured forms' decoders come first in the parser, so each must claim its own captures and no other
/// form's: every capture fixture and every shipped listing is put to each of them.</summary>
public sealed class StructuredFormRecognitionTests
{
    private static readonly IListingDecoder[] Decoders = [new PapersApiDecoder(), new SavedHtmlDecoder(), new GitHubDigestDecoder(), new ArxivListingDecoder(), new PaperPageDecoder()];

    public static TheoryData<string> Captures()
    {
        var listings = Path.Combine(RepoPaths.TestFiles, "Listings");
        var fixtures = Directory.EnumerateFiles(listings, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md")
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f));
        var shipped = Directory.EnumerateFiles(Path.Combine(RepoPaths.ShippedInput, "listings")).Select(f => Path.GetRelativePath(RepoPaths.Root, f));
        return new TheoryData<string>(fixtures.Concat(shipped).Order(StringComparer.Ordinal).Select(f => f.Replace('\\', '/')));
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_capture_is_claimed_only_by_the_decoder_of_its_own_form(string file)
    {
        var lines = ListingText.SplitLines(File.ReadAllText(Path.Combine(RepoPaths.Root, file)));
        var text = ListingText.Whole(file, lines);

        var claimedBy = Decoders.Where(d => d.Recognizes(text)).Select(d => d.Form).ToList();

        Assert.Equal(ExpectedForm(file) is { } form ? [form] : [], claimedBy);
    }

    private static ListingFormat? ExpectedForm(string file) => file.Split('/')[^2] switch
    {
        "GitHubDigest" => ListingFormat.GitHubDigest,
        "PaperPage" => ListingFormat.PaperPage,
        "SavedHtml" => ListingFormat.SavedHtml,
        "PapersApi" => ListingFormat.PapersApiJson,
        "ArxivListing" => ListingFormat.ArxivListing,
        _ => null,
    };
}
