using System.Text;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;
using PaperArchive.Listings;

namespace PaperArchive.Input;

/// <summary>Reads the input folder: <c>site.yml</c> and every file under <c>listings/</c>, in ordinal name order. Nothing
/// outside the input folder is read: a link leading out of it is an error, as is a file name no listing can have
/// (see <see cref="InputBoundary"/>).</summary>
public static class InputLoader
{
    public const string ConfigFileName = "site.yml";
    public const string ListingsFolder = "listings";

    /// <summary>A saved page is well under a megabyte; the cap keeps a stray disk image from filling memory.</summary>
    public const long MaxListingBytes = 256L * 1024 * 1024;

    public static ArchiveInput Load(string directory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticIds.InputFolderMissing, null, $"the input folder '{directory}' does not exist.");
            return new ArchiveInput(directory, SiteConfig.Default, []);
        }

        var input = ReadableFolder.Open(directory, "input")!;
        var configPath = Path.Combine(directory, ConfigFileName);
        var config = File.Exists(configPath) && InputBoundary.Allows(input, configPath, folder: false, DisplayPath, diagnostics) && ReadConfigText(configPath, diagnostics) is { } configText
            ? SiteConfigReader.Read(DisplayPath(configPath), configText, diagnostics)
            : SiteConfig.Default;

        var listingsDirectory = Path.Combine(directory, ListingsFolder);
        var errorsBefore = diagnostics.ErrorCount;
        var readable = Directory.Exists(listingsDirectory) && InputBoundary.Allows(input, listingsDirectory, folder: true, DisplayPath, diagnostics);
        var files = readable
            ? Directory.EnumerateFiles(listingsDirectory)
                .Where(f => InputBoundary.NameAllowed(f, DisplayPath, diagnostics) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        files = files.Where(f => InputBoundary.Allows(input, f, folder: false, DisplayPath, diagnostics)).ToList();
        if (files.Count == 0 && diagnostics.ErrorCount == errorsBefore)
        {
            diagnostics.Error(DiagnosticIds.NoListings, null, $"there is no listing in '{listingsDirectory}'; save a Daily Papers page there as a .txt file.");
        }

        var listings = new List<RawListing>(files.Count);
        foreach (var file in files)
        {
            try
            {
                if (new FileInfo(file).Length > MaxListingBytes)
                {
                    diagnostics.Error(DiagnosticIds.ListingTooLarge, SourceLocation.Of(DisplayPath(file)),
                        $"this file is larger than {MaxListingBytes / (1024 * 1024)} MB, far beyond any saved listing; it is not read. Remove it or save the page again.");
                    continue;
                }

                listings.Add(new RawListing(Path.GetFileName(file), DisplayPath(file), File.ReadAllBytes(file)));
            }
            catch (IOException e)
            {
                diagnostics.Error(DiagnosticIds.FileUnreadable, SourceLocation.Of(DisplayPath(file)), $"cannot read this file: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                diagnostics.Error(DiagnosticIds.FileUnreadable, SourceLocation.Of(DisplayPath(file)), $"cannot read this file: {e.Message}");
            }
        }

        WarnAboutUnknownListingConfigs(config, listings, diagnostics);
        return new ArchiveInput(directory, config, listings)
        {
            Overrides = OverrideLoader.Load(directory, input, DisplayPath, diagnostics),
            Metadata = MetadataLoader.Load(directory, input, DisplayPath, diagnostics),
        };
    }

    /// <summary>site.yml as strict UTF-8 (a BOM is fine); a file that is not text is an error, never guessed at.</summary>
    private static string? ReadConfigText(string path, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.Of(DisplayPath(path));
        try
        {
            var bytes = File.ReadAllBytes(path).AsSpan();
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            if (bytes.IndexOf((byte)0) >= 0)
            {
                diagnostics.Error(DiagnosticIds.ConfigNotText, location, "site.yml holds binary data, not text; the default settings cannot stand in for it.");
                return null;
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticIds.ConfigNotText, location, "site.yml is not valid UTF-8 text; save it as UTF-8.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.FileUnreadable, location, $"cannot read this file: {e.Message}");
        }

        return null;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static void WarnAboutUnknownListingConfigs(SiteConfig config, List<RawListing> listings, DiagnosticBag diagnostics)
    {
        var names = listings.Select(l => l.File).ToHashSet(StringComparer.Ordinal);
        foreach (var listing in config.Listings.Values.Where(l => !names.Contains(l.File)))
        {
            diagnostics.Warning(DiagnosticIds.ListingConfigUnknownFile, listing.Location,
                $"site.yml describes listing '{listing.File}', but there is no such file in listings/.");
        }
    }

    /// <summary>Paths in diagnostics are relative to the working folder when the input is below it, so editors can open them.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
