using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using PaperArchive.FileSystem;

namespace PaperArchive.Caching;

/// <summary>
/// A 128-bit digest (XXH3-128) of the things a unit of work is made from, added one by one. Two builds that give a unit
/// the same fingerprint must give it the same output, so everything that can change the output goes in: the data, and
/// the code that turns it into files (<see cref="AddCodeOf"/>).
/// </summary>
/// <remarks>
/// A fast hash, not a cryptographic one: the cache only needs two different inputs never to meet by chance (128 bits
/// make that far less likely than a bad disk), not to resist someone who crafts them, and that someone would be the
/// curator spoiling their own build. With SHA-256 (through OpenSSL) hashing was about 3 % of a 10,000-paper rebuild's
/// CPU, which fingerprints every page (docs/benchmarks.md).
/// </remarks>
internal sealed class Fingerprint : IDisposable
{
    // What is added is gathered here and hashed a buffer at a time (most fingerprints fit in one: one call into the
    // hash); a long one (a search segment's papers) goes through the incremental hash, with the same result.
    private const int BufferSize = 16 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private XxHash128? _hash;

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        Append(bytes);
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
        Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(int number) => Add((long)number);

    /// <summary>A flag, then the number when there is one.</summary>
    public Fingerprint Add(int? number) => number is { } value ? Add(true).Add(value) : Add(false);

    public Fingerprint Add(bool flag)
    {
        Append([flag ? (byte)1 : (byte)0]);
        return this;
    }

    public Fingerprint Add(DateOnly? day) => Add(day?.DayNumber);

    public Fingerprint Add(long number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        Append(bytes);
        return this;
    }

    public Fingerprint Add(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        Append(bytes);
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
        Span<byte> id = stackalloc byte[16];
        foreach (var type in types)
        {
            type.Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(id);
            Append(id);
        }

        return this;
    }

    public UInt128 Value()
    {
        if (_hash is null)
        {
            return XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));
        }

        Flush();
        return _hash.GetCurrentHashAsUInt128();
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

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash!.Append(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Flush()
    {
        _hash ??= new XxHash128();
        _hash.Append(_buffer.AsSpan(0, _length));
        _length = 0;
    }
}
