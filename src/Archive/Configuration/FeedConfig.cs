namespace PaperArchive.Configuration;

/// <summary>Feed settings from <c>site.yml</c>.</summary>
public sealed record FeedConfig(int Items)
{
    public static FeedConfig Default { get; } = new(50);
}
