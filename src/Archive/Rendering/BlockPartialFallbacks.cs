using System.Text.RegularExpressions;

namespace PaperArchive.Rendering;

/// <summary>
/// The slots of a theme: block partials such as <c>{{#> body-class}}{{class}}{{/body-class}}</c> whose partial no file
/// defines, so that they render their own block unless a layout fills them with <c>{{#*inline "body-class"}}</c>.
/// Handlebars.Net 2.4 renders such a block only after building a whole new Handlebars environment to look for the
/// missing partial, on every call (two per page with the shipped frame, about 3 KB each, a few percent of a big
/// build's allocations). Each such name is registered as a partial that renders its block, which is what Handlebars
/// does with a missing one; an inline partial of the same name is still looked up first, so the slot still works.
/// </summary>
internal static partial class BlockPartialFallbacks
{
    /// <summary>What a fallback partial is: the block it was called with.</summary>
    public const string Template = "{{> @partial-block}}";

    /// <summary>The names called as block partials in <paramref name="templates"/> that are not in
    /// <paramref name="defined"/> (partial names, which Handlebars.Net compares ignoring case), in order of first
    /// appearance.</summary>
    public static IReadOnlyList<string> MissingIn(IEnumerable<string> templates, IReadOnlySet<string> defined) =>
        templates.SelectMany(text => BlockPartialCall().Matches(text).Select(m => m.Groups["name"].Value))
            .Where(name => !name.StartsWith('@') && !defined.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // A literal name only: a partial chosen at run time ({{#> (lookup ...)}}) keeps Handlebars' own lookup.
    [GeneratedRegex(@"\{\{~?#>\s*(?<name>[A-Za-z0-9_@][A-Za-z0-9_./-]*)(?=[\s}~])")]
    private static partial Regex BlockPartialCall();
}
