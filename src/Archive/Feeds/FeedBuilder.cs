using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Feeds;

/// <summary>Writes the archive's and each theme's feeds. (Placeholder: nothing yet.)</summary>
public static class FeedBuilder
{
    public static IEnumerable<OutputFile> Build(SiteContent content, DiagnosticBag diagnostics) => [];
}
