using System.Text;

namespace PaperArchive.Caching;

/// <summary>
/// <see cref="ListingCache"/> on disk: an index of keys, then each listing's parse as a block of bytes
/// (<see cref="ListingBlock"/>). A block is read only when its listing is asked for; anything unexpected in the file
/// means "not cached".
/// </summary>
internal static class ListingCacheFormat
{
    /// <summary>Changes whenever the layout of the file or of a block (<see cref="ListingBlock"/>) changes.</summary>
    private const string Magic = "paper-archive listing cache 2";

    /// <summary>Where each block is in <paramref name="file"/> (the file starts with this index, so the blocks
    /// themselves are read only when asked for); empty when the file is missing or not one of these.</summary>
    public static IReadOnlyDictionary<UInt128, (long Offset, int Length)> ReadIndex(string file)
    {
        var index = new Dictionary<UInt128, (long Offset, int Length)>();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return index;
            }

            var count = reader.ReadInt32();
            var entries = new (UInt128 Key, long Offset, int Length)[count];
            for (var i = 0; i < count; i++)
            {
                entries[i] = (new UInt128(reader.ReadUInt64(), reader.ReadUInt64()), reader.ReadInt64(), reader.ReadInt32());
            }

            var blocks = reader.BaseStream.Position;
            foreach (var (key, offset, length) in entries)
            {
                if (offset < 0 || length < 0 || blocks + offset + length > reader.BaseStream.Length)
                {
                    return new Dictionary<UInt128, (long Offset, int Length)>();
                }

                index[key] = (blocks + offset, length);
            }

            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or OverflowException or OutOfMemoryException)
        {
            return new Dictionary<UInt128, (long Offset, int Length)>();
        }
    }

    /// <summary>Writes the blocks, in key order, each given by a function that reads or makes it.</summary>
    public static void Write(string file, IReadOnlyList<(UInt128 Key, int Length, Func<byte[]> Block)> blocks)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var writer = new BinaryWriter(File.Create(file), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(blocks.Count);
        var offset = 0L;
        foreach (var (key, length, _) in blocks)
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            writer.Write(offset);
            writer.Write(length);
            offset += length;
        }

        foreach (var (_, _, block) in blocks)
        {
            writer.Write(block());
        }
    }
}
