using System.Text;

namespace PaperArchive.Caching;

/// <summary>The build cache on disk: a small binary file, written to a temporary name and renamed, so a build that
/// stops half-way never leaves a torn cache. Anything unexpected when reading it means "no cache".</summary>
internal static class BuildCacheFile
{
    /// <summary>Changes whenever the layout of the file changes.</summary>
    private const string Magic = "paper-archive build cache 1";

    public static IReadOnlyDictionary<string, CachedUnit> Read(string file)
    {
        var units = new Dictionary<string, CachedUnit>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return units;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var fingerprint = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var files = new CachedFile[reader.ReadInt32()];
                for (var f = 0; f < files.Length; f++)
                {
                    files[f] = new CachedFile(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
                }

                var data = new string[reader.ReadInt32()];
                for (var d = 0; d < data.Length; d++)
                {
                    data[d] = reader.ReadString();
                }

                units[key] = new CachedUnit(fingerprint, files, data);
            }

            return units;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or OverflowException or OutOfMemoryException)
        {
            return new Dictionary<string, CachedUnit>(StringComparer.Ordinal);
        }
    }

    public static void Write(string file, IReadOnlyList<(string Key, CachedUnit Unit)> units)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(units.Count);
            foreach (var (key, unit) in units)
            {
                writer.Write(key);
                writer.Write((ulong)(unit.Fingerprint >> 64));
                writer.Write((ulong)unit.Fingerprint);
                writer.Write(unit.Files.Count);
                foreach (var f in unit.Files)
                {
                    writer.Write(f.Path);
                    writer.Write(f.Length);
                    writer.Write(f.WriteTicks);
                }

                writer.Write(unit.Data.Count);
                foreach (var d in unit.Data)
                {
                    writer.Write(d);
                }
            }
        }

        File.Move(temporary, file, overwrite: true);
    }
}
