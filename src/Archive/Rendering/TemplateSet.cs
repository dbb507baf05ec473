using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using PaperArchive.Caching;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// The site's look, the templates and assets of the template folder (<c>theme/</c>), loaded once per build: one Handlebars environment (strict bindings,
/// invariant culture) with the partials and helpers registered once, each layout compiled once, and the
/// hashed assets. Problems become diagnostics that name the template file, never exceptions.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly IReadOnlyDictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts;

    private TemplateSet(string directory, IReadOnlyDictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts, TemplateAssets assets, UInt128 fingerprint)
    {
        Directory = directory;
        _layouts = layouts;
        Assets = assets;
        Fingerprint = fingerprint;
    }

    public string Directory { get; }

    /// <summary>A digest of every file of the template folder (see <see cref="PageFingerprints"/>).</summary>
    public UInt128 Fingerprint { get; }

    internal TemplateAssets Assets { get; }

    /// <summary>Reads and compiles the templates and assets, without rendering anything (<see cref="TemplateCheck"/> renders
    /// a sample of the site's pages before anything is written).</summary>
    public static TemplateSet Compile(string directory, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticIds.TemplateFolderMissing, SourceLocation.Of(directory),
                "the theme folder does not exist; pass --theme with the folder that holds layouts/, partials/ and assets/.");
            return new TemplateSet(directory, layouts, TemplateAssets.Empty, default);
        }

        // Taken before the files are read: a file edited in between then gives pages that the next build renders again,
        // never a fingerprint of text newer than what was compiled.
        var fingerprint = Caching.Fingerprint.OfFolder(directory);
        var readable = ReadableFolder.Open(directory, "theme");

        // The assets (read and hashed) do not depend on the templates, so they load on another core while Handlebars
        // compiles; the helpers look them up only when a page renders.
        var loadingAssets = Task.Run(() => TemplateAssets.Load(Path.Combine(directory, "assets"), diagnostics, readable));
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        configuration.CompileTimeConfiguration.ExpressionMiddleware.Add(new PartialContextRelease());
        var handlebars = Handlebars.Create(configuration);
        TemplateHelpers.Register(handlebars, name => loadingAssets.GetAwaiter().GetResult().PathOf(name));

        var texts = new List<string>();
        var partials = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in TemplateFiles(Path.Combine(directory, "partials")))
        {
            if (TemplateBoundary.Allows(readable, file, diagnostics) && Read(file, diagnostics) is { } text)
            {
                texts.Add(text);
                partials.Add(Path.GetFileNameWithoutExtension(file));
                Guard(file, diagnostics, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), text));
            }
        }

        foreach (var name in Layouts.All)
        {
            var file = Path.Combine(directory, "layouts", name + ".hbs");
            if (!File.Exists(file))
            {
                diagnostics.Error(DiagnosticIds.TemplateLayoutMissing, SourceLocation.Of(file), $"the theme has no layout '{name}.hbs', which the site needs.");
                continue;
            }

            if (TemplateBoundary.Allows(readable, file, diagnostics) && Read(file, diagnostics) is { } text)
            {
                texts.Add(text);
                Guard(file, diagnostics, () => layouts[name] = handlebars.Compile(new StringReader(text)));
            }
        }

        foreach (var slot in BlockPartialFallbacks.MissingIn(texts, partials))
        {
            handlebars.RegisterTemplate(slot, BlockPartialFallbacks.Template);
        }

        return new TemplateSet(directory, layouts, loadingAssets.GetAwaiter().GetResult(), fingerprint);
    }

    public string LayoutFile(string layout) => Path.Combine(Directory, "layouts", layout + ".hbs");

    /// <summary>Renders one page into its file's bytes (UTF-8). A failure is a <see cref="TemplateRenderException"/> naming the
    /// layout file.</summary>
    public byte[] Render(SitePage page)
    {
        if (!_layouts.TryGetValue(page.Layout, out var template))
        {
            throw new TemplateRenderException(LayoutFile(page.Layout), page.Path, "the layout was not loaded.");
        }

        var model = page.Model();
        try
        {
            var output = PageBytesWriter.Start();
            template(output.Writer, model, new Dictionary<string, object> { [TemplateHelpers.RootVariable] = model.Root });
            return output.ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Handlebars.Net reports unresolved bindings and helper failures with several exception types; inside a partial
            // (the layouts' frame) the cause is the innermost one.
            throw new TemplateRenderException(LayoutFile(page.Layout), page.Path, Clean(Innermost(e).Message));
        }
    }

    private static IEnumerable<string> TemplateFiles(string folder) =>
        System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal)
            : [];

    private static string? Read(string file, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticIds.TemplateFileUnreadable, SourceLocation.Of(file), $"the theme file could not be read: {e.Message}");
            return null;
        }
    }

    private static void Guard(string file, DiagnosticBag diagnostics, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException e)
        {
            var position = Position().Match(e.Message);
            var location = position.Success
                ? new SourceLocation(file, int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + 1, int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture) + 1)
                : SourceLocation.Of(file);
            diagnostics.Error(DiagnosticIds.TemplateParseError, location, $"the template does not parse: {Clean(e.Message)}");
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static string Clean(string message)
    {
        var end = message.IndexOf("\n", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex Position();
}

/// <summary>A page could not be rendered; carries the layout file so the diagnostic can name it.</summary>
internal sealed class TemplateRenderException(string layoutFile, string pagePath, string reason)
    : Exception($"{layoutFile}: rendering '{pagePath}' failed: {reason}")
{
    public string LayoutFile { get; } = layoutFile;

    public string PagePath { get; } = pagePath;

    public string Reason { get; } = reason;
}
