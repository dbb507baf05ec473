using System.Security.Cryptography;
using System.Text;

namespace PaperArchive.Text;

/// <summary>Short hexadecimal digests that depend only on their input, for ids and cache-busting names.</summary>
internal static class StableHash
{
    public static string Hex(string text, int length = 16) => Hex(Encoding.UTF8.GetBytes(text), length);

    public static string Hex(ReadOnlySpan<byte> bytes, int length = 16)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash)[..length];
    }
}
