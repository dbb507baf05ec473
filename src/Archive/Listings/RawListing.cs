namespace PaperArchive.Listings;

/// <summary>A listing file as read from disk: its name inside <c>listings/</c>, the path diagnostics show, and its raw bytes.</summary>
public sealed record RawListing(string File, string Path, byte[] Content)
{
    public RawListing(string file, byte[] content)
        : this(file, file, content)
    {
    }
}
