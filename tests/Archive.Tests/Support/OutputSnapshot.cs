namespace PaperArchive.Tests.Support;

/// <summary>Every file of an output folder with its bytes and last-write time, to tell what a build touched.</summary>
public sealed record OutputSnapshot(IReadOnlyDictionary<string, (byte[] Content, DateTime Written)> Files)
{
    /// <summary>A last-write time no build can produce, so a rewritten file shows even on a coarse clock.</summary>
    public static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    public static OutputSnapshot Of(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)),
                StringComparer.Ordinal));

    /// <summary>Sets every file's last-write time to <see cref="Old"/>.</summary>
    public static void Age(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(path, Old);
        }
    }

    public IEnumerable<string> Touched => Files.Where(f => f.Value.Written != Old).Select(f => f.Key).Order(StringComparer.Ordinal);

    /// <summary>Same paths, same bytes, same times.</summary>
    public void AssertSameAs(OutputSnapshot other)
    {
        Assert.Equal(other.Files.Keys.Order(StringComparer.Ordinal), Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (content, written)) in Files)
        {
            Assert.True(content.AsSpan().SequenceEqual(other.Files[path].Content), $"{path} changed.");
            Assert.Equal(other.Files[path].Written, written);
        }
    }
}
