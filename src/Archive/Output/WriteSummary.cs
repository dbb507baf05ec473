namespace PaperArchive.Output;

/// <summary>
/// What a build did to the output folder: files <see cref="Written"/> (new or changed, <see cref="Bytes"/> in
/// all), left <see cref="Unchanged"/>, and <see cref="Deleted"/> because the site no longer has them; and how many
/// of the site's files are <see cref="Pages"/> (HTML).
/// </summary>
public sealed record WriteSummary(int Written, int Unchanged, int Deleted, long Bytes, int Pages = 0)
{
    public int Files => Written + Unchanged;
}
