using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Support;

/// <summary>Parses listing texts in memory and merges them into a catalog, as the build would.</summary>
public static class Catalogs
{
    public static (PaperCatalog Catalog, DiagnosticBag Diagnostics) Build(params (string File, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var listings = files
            .Select(f => ListingParser.Default.Parse(new RawListing(f.File, System.Text.Encoding.UTF8.GetBytes(f.Text)), null, diagnostics)!)
            .ToList();
        return (CatalogBuilder.Build(listings, diagnostics), diagnostics);
    }
}
