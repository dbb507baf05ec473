using System.Security.Cryptography;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// The template folder's static files with content-hashed names: every <c>css/*.css</c> concatenated (ordinal file-name
/// order) into <c>assets/site.&lt;hash8&gt;.css</c>, every other file copied to
/// <c>assets/&lt;dir&gt;/&lt;name&gt;.&lt;hash8&gt;.&lt;ext&gt;</c>. Templates name them by their path under <c>assets/</c>
/// (<c>js/shortcut.js</c>) or <c>site.css</c> for the stylesheet. A JavaScript module's relative imports are rewritten
/// to the hashed names of the modules they import (<see cref="ModuleImports"/>), so a module's hash covers what it imports.
/// Only files inside the template folder are read: links leading out of it, links to folders and names that could leave
/// the asset folder are errors (see <see cref="TemplateBoundary"/>).
/// </summary>
internal sealed class TemplateAssets
{
    public const string Stylesheet = "site.css";

    private readonly Dictionary<string, OutputFile> _byName;

    private TemplateAssets(Dictionary<string, OutputFile> byName) => _byName = byName;

    public static TemplateAssets Empty { get; } = new(new Dictionary<string, OutputFile>(StringComparer.Ordinal));

    /// <summary>The files to write, in a stable order.</summary>
    public IEnumerable<OutputFile> Files => _byName.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value);

    /// <summary>The output path (relative to the site root) of the asset <paramref name="name"/>, or null if the templates have none.</summary>
    public string? PathOf(string name) => _byName.TryGetValue(name, out var file) ? file.Path : null;

    /// <param name="templateFolder">The template folder the assets must stay inside; by default the assets folder itself.</param>
    public static TemplateAssets Load(string assetsDirectory, DiagnosticBag diagnostics, ReadableFolder? templateFolder = null)
    {
        var byName = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        templateFolder ??= ReadableFolder.Open(assetsDirectory, "theme");
        if (!Directory.Exists(assetsDirectory) || templateFolder is null)
        {
            return new TemplateAssets(byName);
        }

        if (templateFolder.WhyNot(assetsDirectory, folder: true) is { } why)
        {
            TemplateBoundary.Refuse(new RefusedFile("assets", assetsDirectory, true, why), diagnostics);
            return new TemplateAssets(byName);
        }

        var files = new List<(string Full, string Name)>();
        foreach (var (file, refused) in templateFolder.Files(assetsDirectory))
        {
            if (refused is { } refusal)
            {
                TemplateBoundary.Refuse(refusal, diagnostics);
            }
            else
            {
                files.Add((file!.Value.FullPath, file.Value.Name));
            }
        }

        var css = new List<byte>();
        var hasCss = false;
        var scripts = new Dictionary<string, (string File, byte[] Content)>(StringComparer.Ordinal);
        foreach (var (full, name) in files)
        {
            byte[] content;
            try
            {
                content = File.ReadAllBytes(full);
            }
            catch (IOException e)
            {
                diagnostics.Error(DiagnosticIds.TemplateFileUnreadable, SourceLocation.Of(full), $"the theme file could not be read: {e.Message}");
                continue;
            }

            if (IsStylesheetPart(name))
            {
                hasCss = true;
                css.AddRange(content);
                if (content.Length > 0 && content[^1] != (byte)'\n')
                {
                    css.Add((byte)'\n');
                }

                continue;
            }

            if (name.EndsWith(".js", StringComparison.Ordinal))
            {
                scripts[name] = (full, content);
                continue;
            }

            byName[name] = new OutputFile(SiteUrls.Assets + Hashed(name, content), content);
        }

        new ScriptHasher(scripts, byName, diagnostics).HashAll();

        if (hasCss)
        {
            var content = css.ToArray();
            byName[Stylesheet] = new OutputFile(SiteUrls.Assets + Hashed(Stylesheet, content), content);
        }

        return new TemplateAssets(byName);
    }

    private static bool IsStylesheetPart(string name) =>
        name.StartsWith("css/", StringComparison.Ordinal) && name.IndexOf('/', 4) < 0 && name.EndsWith(".css", StringComparison.Ordinal);

    private static string Hashed(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..8];
        var slash = name.LastIndexOf('/');
        var dot = name.LastIndexOf('.');
        return dot > slash + 1 ? $"{name[..dot]}.{hash}{name[dot..]}" : $"{name}.{hash}";
    }

    /// <summary>Hashes each module after the modules it imports, so that its rewritten imports are in its own hash.</summary>
    private sealed class ScriptHasher(
        Dictionary<string, (string File, byte[] Content)> scripts, Dictionary<string, OutputFile> byName, DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public void HashAll()
        {
            foreach (var name in scripts.Keys.Order(StringComparer.Ordinal))
            {
                Hash(name);
            }
        }

        private string Hash(string name)
        {
            if (byName.TryGetValue(name, out var done))
            {
                return done.Path;
            }

            var (file, content) = scripts[name];
            _visiting.Add(name);
            var script = System.Text.Encoding.UTF8.GetString(content);
            var renames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (specifier, line, column) in ModuleImports.Of(script))
            {
                var target = ModuleImports.Resolve(name, specifier);
                if (target is null || !scripts.ContainsKey(target))
                {
                    diagnostics.Error(DiagnosticIds.TemplateScriptImportMissing, new SourceLocation(file, line, column),
                        $"the script imports '{specifier}', which the theme's assets folder does not have.");
                }
                else if (_visiting.Contains(target))
                {
                    diagnostics.Error(DiagnosticIds.TemplateScriptImportCycle, new SourceLocation(file, line, column),
                        $"the script imports '{specifier}', which imports this script again: hashed file names need modules that do not import each other in a circle.");
                }
                else
                {
                    var hashed = Hash(target);
                    renames[specifier] = specifier[..(specifier.LastIndexOf('/') + 1)] + hashed[(hashed.LastIndexOf('/') + 1)..];
                }
            }

            _visiting.Remove(name);
            if (renames.Count > 0)
            {
                content = System.Text.Encoding.UTF8.GetBytes(ModuleImports.Rewrite(script, s => renames.GetValueOrDefault(s, s)));
            }

            var output = new OutputFile(SiteUrls.Assets + Hashed(name, content), content);
            byName[name] = output;
            return output.Path;
        }
    }
}
