using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlebarsDotNet;
using Markdig;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Rendering;

/// <summary>
/// A 128-bit digest of everything a page is made from: the generator's code, the theme's files, the site-wide facts
/// and the page's own <see cref="PaperPageSource"/>. Two builds that give a page the same fingerprint give it the same
/// bytes, so a page whose fingerprint is unchanged need not be built again.
/// </summary>
public static class PageFingerprint
{
    /// <summary>What every page of one layout shares in a build: a new version of this program or of the libraries
    /// that render (a changed assembly has a new module id), another theme, or other site-wide facts change it.</summary>
    public static UInt128 Context(UInt128 theme, SiteInfo site, string layout)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(PageFingerprint).Assembly, typeof(Handlebars).Assembly, typeof(Markdown).Assembly })
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        hash.AppendData(Bytes(theme));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, FingerprintJson.Default.SiteInfo));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(layout));
        return First128(hash.GetHashAndReset());
    }

    public static UInt128 Of(UInt128 context, PaperPageSource source)
    {
        Span<byte> both = stackalloc byte[16 + SHA256.HashSizeInBytes];
        BinaryPrimitives.WriteUInt128LittleEndian(both, context);
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(source, FingerprintJson.Default.PaperPageSource), both[16..]);
        return First128(SHA256.HashData(both));
    }

    /// <summary>The theme folder's files, names and bytes, in a fixed order.</summary>
    public static UInt128 OfFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                         .Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\0"));
                hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
            }
        }

        return First128(hash.GetHashAndReset());
    }

    private static byte[] Bytes(UInt128 value)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        return bytes;
    }

    private static UInt128 First128(ReadOnlySpan<byte> hash) => BinaryPrimitives.ReadUInt128LittleEndian(hash);
}

/// <summary>The fingerprinted records as JSON, made by the source generator (no reflection at run time).</summary>
[JsonSerializable(typeof(PaperPageSource))]
[JsonSerializable(typeof(SiteInfo))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
