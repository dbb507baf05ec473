using HandlebarsDotNet;
using PaperArchive.Rendering;

namespace PaperArchive.Tests.Rendering;

/// <summary>A theme's slots (block partials no file defines) render their block, or the layout's inline partial,
/// exactly as Handlebars renders a missing partial's block.</summary>
public sealed class BlockPartialFallbacksTests
{
    private const string Frame = "<head>{{#> head-extra}}{{/head-extra~}}\n</head><body class=\"{{#> body-class}}{{class}}{{/body-class}}\">{{> @partial-block}}</body>";

    [Fact]
    public void The_slots_are_the_block_partials_no_file_defines()
    {
        var templates = new[]
        {
            Frame,
            "{{#> frame class=\"list\"}}{{#*inline \"body-class\"}}list{{/inline}}{{> paper-item}}{{/frame}}",
            "{{~#> Sidebar}}none{{/Sidebar}}{{#> (lookup . \"chosen\")}}x{{/(lookup . \"chosen\")}}",
        };

        var slots = BlockPartialFallbacks.MissingIn(templates, new HashSet<string>(["frame", "paper-item", "sidebar"], StringComparer.OrdinalIgnoreCase));

        Assert.Equal(["head-extra", "body-class"], slots);
    }

    [Theory]
    [InlineData("{{#> frame class=\"home\"}}<main>{{title}}</main>{{/frame}}")]
    [InlineData("{{#> frame class=\"list\"}}{{#*inline \"body-class\"}}list-{{kind}}{{/inline~}}\n<main>{{title}}</main>{{/frame}}")]
    [InlineData("{{#> frame}}{{#*inline \"head-extra\"}}\n<link rel=\"preload\" href=\"{{kind}}\">{{/inline}}<main>{{title}}</main>{{/frame}}")]
    public void A_page_renders_the_same_with_its_slots_registered(string layout)
    {
        var model = new { title = "A & B", kind = "theme", @class = "paper-page" };
        var missing = Render(layout, model, registerSlots: false);

        Assert.Equal(missing, Render(layout, model, registerSlots: true));
        Assert.Contains("<main>A &amp; B</main>", missing);
    }

    private static string Render(string layout, object model, bool registerSlots)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        handlebars.RegisterTemplate("frame", Frame);
        if (registerSlots)
        {
            foreach (var slot in BlockPartialFallbacks.MissingIn([Frame, layout], new HashSet<string>(["frame"], StringComparer.OrdinalIgnoreCase)))
            {
                handlebars.RegisterTemplate(slot, BlockPartialFallbacks.Template);
            }
        }

        return handlebars.Compile(layout)(model);
    }
}
