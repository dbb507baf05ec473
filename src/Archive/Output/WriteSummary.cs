namespace PaperArchive.Output;

/// <summary>
/// What a build did to the output folder: files <see cref="Written"/> (new or changed, <see cref="Bytes"/> in
/// all), left <see cref="Unchanged"/>, and <see cref="Deleted"/> because the site no longer has them; and what the
/// site holds: <see cref="Pages"/> (HTML files) and <see cref="Feeds"/> (RSS, Atom and JSON feeds).
/// </summary>
public sealed record WriteSummary(int Written, int Unchanged, int Deleted, long Bytes, int Pages = 0, int Feeds = 0)
{
    public int Files => Written + Unchanged;
}
