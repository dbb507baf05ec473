using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Search;

/// <summary>Builds the client-side search index under <c>search/index/</c>. (Placeholder: nothing yet.)</summary>
public static class SearchIndexBuilder
{
    public static IEnumerable<OutputFile> Build(SiteContent content) => [];
}
