using HandlebarsDotNet;

namespace PaperArchive.Rendering;

/// <summary>
/// The helpers templates may use, registered once per build:
/// <c>{{url path}}</c> (a site path made relative to the page), <c>{{asset "js/shortcut.js"}}</c> (the hashed
/// asset's URL; an unknown name is a template error), <c>{{#hasAsset "name"}}…{{/hasAsset}}</c> (renders its
/// block only when the templates have that asset) and <c>(eq a b)</c> for comparisons in <c>#if</c>.
/// </summary>
internal static class TemplateHelpers
{
    /// <summary>The data variable holding the page's root prefix; the renderer passes it with every page.</summary>
    public const string RootVariable = "siteRoot";

    /// <param name="assetPath">The output path of a theme asset by its name (<see cref="TemplateAssets.PathOf"/>).</param>
    public static void Register(IHandlebars handlebars, Func<string, string?> assetPath)
    {
        handlebars.RegisterHelper("url", (in EncodedTextWriter output, in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var path = Argument(arguments, 0, "url");
            var root = RootOf(options);
            if (root.Length + path.Length == 0)
            {
                output.Write("./");
                return;
            }

            output.Write(root);
            output.Write(path);
        });
        handlebars.RegisterHelper("asset", (in EncodedTextWriter output, in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var name = Argument(arguments, 0, "asset");
            var path = assetPath(name) ?? throw new HandlebarsRuntimeException($"the theme has no asset '{name}' (looked for theme/assets/{name}).");
            output.Write(RootOf(options) + path);
        });
        handlebars.RegisterHelper("hasAsset", (EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments) =>
        {
            if (assetPath(Argument(arguments, 0, "hasAsset")) is not null)
            {
                options.Template(output, context);
            }
            else
            {
                options.Inverse(output, context);
            }
        });
        handlebars.RegisterHelper("eq", (Context context, Arguments arguments) =>
            (object)(arguments.Length == 2 && Equals(arguments[0]?.ToString(), arguments[1]?.ToString())));
    }

    private static string RootOf(in HelperOptions options) => options.Data[RootVariable] as string ?? string.Empty;

    private static string Argument(in Arguments arguments, int index, string helper) =>
        arguments.Length > index && arguments[index] is { } value
            ? value.ToString() ?? string.Empty
            : throw new HandlebarsRuntimeException($"the '{helper}' helper needs an argument.");
}
