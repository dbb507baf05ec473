using System.Text.RegularExpressions;

namespace PaperArchive.Rendering;

/// <summary>
/// The relative imports of the templates' JavaScript modules (<c>import … from "./text.js"</c>, <c>import("./text.js")</c>).
/// Assets get content-hashed names, so <see cref="TemplateAssets"/> rewrites each import to the hashed name of the module
/// it names: the modules load as they are written, with no build step and no inline import map (which the site's
/// Content-Security-Policy would block).
/// </summary>
internal static partial class ModuleImports
{
    /// <summary>A relative specifier ending in ".js" after <c>from</c> or <c>import</c> (static, bare or dynamic).</summary>
    [GeneratedRegex("""(?<=\b(?:from|import)\s*\(?\s*)(["'])(\.\.?/[^"'\s]+?\.js)\1""")]
    private static partial Regex Specifier();

    /// <summary>Each relative import of <paramref name="script"/>: the specifier and its 1-based line and column.</summary>
    public static IEnumerable<(string Specifier, int Line, int Column)> Of(string script)
    {
        foreach (Match match in Specifier().Matches(script))
        {
            var at = match.Groups[2].Index;
            var lineStart = script.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            yield return (match.Groups[2].Value, script.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
        }
    }

    /// <summary>The script with each relative import replaced by <paramref name="rename"/>'s answer.</summary>
    public static string Rewrite(string script, Func<string, string> rename) =>
        Specifier().Replace(script, m => m.Groups[1].Value + rename(m.Groups[2].Value) + m.Groups[1].Value);

    /// <summary>The path under assets/ ("js/search/text.js") a specifier of the module at <paramref name="module"/> names, or null
    /// when it leaves the assets folder.</summary>
    public static string? Resolve(string module, string specifier)
    {
        var parts = module.Split('/')[..^1].ToList();
        foreach (var part in specifier.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
