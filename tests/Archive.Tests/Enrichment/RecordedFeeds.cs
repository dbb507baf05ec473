using PaperArchive.Enrichment;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Enrichment;

/// <summary>The recorded arXiv answers of <c>TestFiles/Arxiv/</c> (see its README), read.</summary>
internal static class RecordedFeeds
{
    public static ArxivFeed Read(string fixture)
    {
        var feed = ArxivFeedReader.Read(File.ReadAllBytes(ArxivServer.Fixture(fixture)), out var problem);
        Assert.True(feed is not null, problem);
        return feed!;
    }
}
