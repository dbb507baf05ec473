using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PaperArchive.FileSystem;

namespace PaperArchive.Caching;

/// <summary>
/// A 128-bit digest (the first half of a SHA-256) of the things a unit of work is made from, added one by one. Two
/// builds that give a unit the same fingerprint must give it the same output, so everything that can change the
/// output goes in: the data, and the code that turns it into files (<see cref="AddCodeOf"/>).
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(string text) => Add(Encoding.UTF8.GetBytes(text));

    public Fingerprint Add(int number) => Add((long)number);

    public Fingerprint Add(long number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        _hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>The code of the assemblies that hold these types: a rebuilt assembly with any change has a new module id
    /// (builds are deterministic, so the same source keeps its id).</summary>
    public Fingerprint AddCodeOf(params Type[] types)
    {
        foreach (var type in types)
        {
            _hash.AppendData(type.Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        return this;
    }

    public UInt128 Value() => BinaryPrimitives.ReadUInt128LittleEndian(_hash.GetCurrentHash());

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

    public void Dispose() => _hash.Dispose();
}
