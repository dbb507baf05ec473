using System.Text;

namespace PaperArchive.Rendering;

/// <summary>The render cache on disk: a small binary file, written to a temporary name and renamed, so a build that
/// stops half-way never leaves a torn cache. Anything unexpected when reading it means "no cache".</summary>
internal static class RenderCacheFile
{
    /// <summary>Changes whenever the layout of the file changes.</summary>
    private const string Magic = "paper-archive render cache 1";

    public static IReadOnlyDictionary<string, RenderCacheEntry> Read(string file)
    {
        var entries = new Dictionary<string, RenderCacheEntry>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return entries;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var fingerprint = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                entries[path] = new RenderCacheEntry(fingerprint, reader.ReadInt64(), reader.ReadInt64());
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return new Dictionary<string, RenderCacheEntry>(StringComparer.Ordinal);
        }
    }

    public static void Write(string file, IReadOnlyList<(string Path, RenderCacheEntry Entry)> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(entries.Count);
            foreach (var (path, entry) in entries)
            {
                writer.Write(path);
                writer.Write((ulong)(entry.Fingerprint >> 64));
                writer.Write((ulong)entry.Fingerprint);
                writer.Write(entry.Length);
                writer.Write(entry.WriteTicks);
            }
        }

        File.Move(temporary, file, overwrite: true);
    }
}
