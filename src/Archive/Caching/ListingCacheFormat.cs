using System.Buffers.Binary;
using System.Text;

namespace PaperArchive.Caching;

/// <summary>
/// <see cref="ListingCache"/> on disk: a header, each listing's parse as a block of bytes (<see cref="ListingBlock"/>)
/// appended as the listings are read, then an index of keys with where their blocks are, and where the index starts.
/// A block is read only when its listing is asked for; anything unexpected in the file means "not cached".
/// </summary>
internal static class ListingCacheFormat
{
    /// <summary>Changes whenever the layout of the file or of a block changes.</summary>
    private const string Magic = "paper-archive listing cache 3";

    /// <summary>Where each block is in <paramref name="file"/>; empty when the file is missing or not one of these.</summary>
    public static IReadOnlyDictionary<UInt128, (long Offset, int Length)> ReadIndex(string file)
    {
        var index = new Dictionary<UInt128, (long Offset, int Length)>();
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return index;
            }

            var blocks = stream.Position;
            stream.Seek(-sizeof(long), SeekOrigin.End);
            var start = reader.ReadInt64();
            if (start < blocks || start > stream.Length - sizeof(long))
            {
                return index;
            }

            stream.Seek(start, SeekOrigin.Begin);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var (offset, length) = (reader.ReadInt64(), reader.ReadInt32());
                if (offset < blocks || length < 0 || offset + length > start)
                {
                    return new Dictionary<UInt128, (long Offset, int Length)>();
                }

                index[key] = (offset, length);
            }

            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or OverflowException or OutOfMemoryException)
        {
            return new Dictionary<UInt128, (long Offset, int Length)>();
        }
    }

    /// <summary>A cache file being written: blocks appended one by one (from any thread), then the index.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly FileStream _stream;
        private readonly Lock _appending = new();

        public Writer(string file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            _stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
            using var header = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
            header.Write(Magic);
        }

        /// <summary>Appends a block; returns where it is.</summary>
        public (long Offset, int Length) Append(ReadOnlySpan<byte> block)
        {
            lock (_appending)
            {
                var offset = _stream.Position;
                _stream.Write(block);
                return (offset, block.Length);
            }
        }

        /// <summary>Writes the index (in key order) and where it starts.</summary>
        public void Finish(IReadOnlyList<KeyValuePair<UInt128, (long Offset, int Length)>> index)
        {
            lock (_appending)
            {
                var start = _stream.Position;
                Span<byte> entry = stackalloc byte[36];
                BinaryPrimitives.WriteInt32LittleEndian(entry, index.Count);
                _stream.Write(entry[..4]);
                foreach (var (key, (offset, length)) in index)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(entry, (ulong)(key >> 64));
                    BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], (ulong)key);
                    BinaryPrimitives.WriteInt64LittleEndian(entry[16..], offset);
                    BinaryPrimitives.WriteInt32LittleEndian(entry[24..], length);
                    _stream.Write(entry[..28]);
                }

                BinaryPrimitives.WriteInt64LittleEndian(entry, start);
                _stream.Write(entry[..8]);
                _stream.Flush();
            }
        }

        public void Dispose() => _stream.Dispose();
    }
}
