namespace PaperArchive.Configuration;

/// <summary>The curator's <c>site.yml</c>: what the site is called, where it lives, and facts the listings do not carry.</summary>
public sealed record SiteConfig
{
    public static SiteConfig Default { get; } = new();

    public string Title { get; init; } = "Paper Archive";

    public string Description { get; init; } = "A curated archive of machine-learning papers.";

    /// <summary>Absolute URL the site is published at, without a trailing slash; empty when unknown.</summary>
    public string BaseUrl { get; init; } = string.Empty;

    public string Language { get; init; } = "en";

    public string Author { get; init; } = "Paper Archive";

    /// <summary>Per-listing facts keyed by the listing's file name.</summary>
    public IReadOnlyDictionary<string, ListingConfig> Listings { get; init; } =
        new Dictionary<string, ListingConfig>(StringComparer.Ordinal);

    public IReadOnlyList<ThemeDefinition> Themes { get; init; } = [];

    public FeedConfig Feeds { get; init; } = FeedConfig.Default;

    public ListingConfig? ListingFor(string fileName) =>
        Listings.TryGetValue(fileName, out var listing) ? listing : null;
}
