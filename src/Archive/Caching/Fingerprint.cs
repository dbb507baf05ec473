using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PaperArchive.FileSystem;

namespace PaperArchive.Caching;

/// <summary>
/// A 128-bit digest (the first half of a SHA-256) of the things a unit of work is made from, added one by one. Two
/// builds that give a unit the same fingerprint must give it the same output, so everything that can change the
/// output goes in: the data, and the code that turns it into files (<see cref="AddCodeOf"/>).
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    // Everything added is gathered here and hashed once by Value(): one call into the hash, not one for each field.
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);
    private int _length;

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        bytes.CopyTo(Reserve(bytes.Length));
        return this;
    }

    /// <summary>The text's UTF-16 code units as they are (no encoding that could make two texts alike), after its
    /// length; null as the length -1, so null, "" and every text differ.</summary>
    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Add(-1L);
        }

        Add((long)text.Length);
        MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(Reserve(text.Length * sizeof(char)));
        return this;
    }

    public Fingerprint Add(int number) => Add((long)number);

    /// <summary>A flag, then the number when there is one.</summary>
    public Fingerprint Add(int? number) => number is { } value ? Add(true).Add(value) : Add(false);

    public Fingerprint Add(bool flag)
    {
        Reserve(1)[0] = flag ? (byte)1 : (byte)0;
        return this;
    }

    public Fingerprint Add(DateOnly? day) => Add(day?.DayNumber);

    public Fingerprint Add(long number)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(long)), number);
        return this;
    }

    public Fingerprint Add(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), value);
        return this;
    }

    /// <summary>The number of texts, then each.</summary>
    public Fingerprint Add(IReadOnlyList<string> texts)
    {
        Add(texts.Count);
        foreach (var text in texts)
        {
            Add(text);
        }

        return this;
    }

    /// <summary>The code of the assemblies that hold these types: a rebuilt assembly with any change has a new module id
    /// (builds are deterministic, so the same source keeps its id).</summary>
    public Fingerprint AddCodeOf(params Type[] types)
    {
        foreach (var type in types)
        {
            type.Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(Reserve(16));
        }

        return this;
    }

    public UInt128 Value()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>A folder's files, names and bytes, in a fixed order (the template folder's, for <see cref="PageFingerprints"/>):
    /// those the build may read, through their real paths (links that leave the folder are refused, and fail the build
    /// anyway; a name with a backslash is never turned into a path elsewhere).</summary>
    public static UInt128 OfFolder(string folder)
    {
        using var fingerprint = new Fingerprint();
        if (ReadableFolder.Open(folder, "theme") is { } readable)
        {
            foreach (var (file, _) in readable.Files(folder))
            {
                if (file is { } found)
                {
                    fingerprint.Add(found.Name).Add(File.ReadAllBytes(found.FullPath));
                }
            }
        }

        return fingerprint.Value();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var reserved = _buffer.AsSpan(_length, count);
        _length += count;
        return reserved;
    }
}
