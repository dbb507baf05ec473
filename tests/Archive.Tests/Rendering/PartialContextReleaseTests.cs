using HandlebarsDotNet;
using PaperArchive.Rendering;

namespace PaperArchive.Tests.Rendering;

/// <summary>The contexts Handlebars.Net makes for partials called with an argument, a hash or a block go back to its
/// pool, and the pages render as they did.</summary>
public sealed class PartialContextReleaseTests
{
    private const string Card = "<li>{{title}} in {{@root.name}}{{#if tags}} ({{#each tags}}{{> tag this}}{{/each}}){{/if}}</li>";

    private const string Frame = "<body class=\"{{#> body-class}}{{class}}{{/body-class}}\">{{> @partial-block}}</body>";

    private const string Page = "{{#> frame class=\"list\"}}{{#*inline \"body-class\"}}list-{{kind}}{{/inline}}"
        + "<ul>{{#each papers}}{{> card this}}{{/each}}</ul><p>{{name}}</p>{{/frame}}";

    private static readonly object Model = new
    {
        name = "Alignment",
        kind = "theme",
        papers = new object[]
        {
            new { title = "A & B", tags = new[] { "rl", "<b>" } },
            new { title = "C", tags = Array.Empty<string>() },
        },
    };

    [Fact]
    public void Partials_called_with_an_argument_a_hash_or_a_block_render_the_same_with_their_contexts_released()
    {
        var (plain, _) = Compile(release: false);
        var (released, middleware) = Compile(release: true);

        var expected = plain(Model);
        Assert.Equal(
            "<body class=\"list-theme\"><ul><li>A &amp; B in Alignment (#rl#&lt;b&gt;)</li><li>C in Alignment</li></ul><p>Alignment</p></body>",
            expected);
        Assert.Equal(expected, released(Model));
        Assert.True(middleware!.Released >= 3, $"only {middleware.Released} partial calls were wrapped");
    }

    [Fact]
    public void A_page_rendered_again_and_again_reuses_the_contexts_of_its_partials()
    {
        var (plain, _) = Compile(release: false);
        var (released, _) = Compile(release: true);

        var leaking = AllocatedBy(plain);
        var reusing = AllocatedBy(released);

        // Each render makes a dozen partial contexts of about 11 KB; given back, they come from the pool.
        Assert.True(reusing * 3 < leaking, $"{reusing:N0} bytes with the contexts released, {leaking:N0} without");
    }

    [Fact]
    public void A_render_that_fails_inside_a_partial_still_gives_its_context_back_and_the_next_render_is_whole()
    {
        var (render, _) = Compile(release: true);
        Assert.ThrowsAny<Exception>(() => render(new { name = "x", kind = "theme", papers = new object[] { new { tags = new[] { "a" } } } }));

        Assert.Equal(Compile(release: false).Render(Model), render(Model));
    }

    private static long AllocatedBy(HandlebarsTemplate<object, object> render)
    {
        for (var i = 0; i < 20; i++)
        {
            render(Model);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            render(Model);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static (HandlebarsTemplate<object, object> Render, PartialContextRelease? Middleware) Compile(bool release)
    {
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true };
        var middleware = release ? new PartialContextRelease() : null;
        if (middleware is not null)
        {
            configuration.CompileTimeConfiguration.ExpressionMiddleware.Add(middleware);
        }

        var handlebars = Handlebars.Create(configuration);
        handlebars.RegisterTemplate("tag", "#{{this}}");
        handlebars.RegisterTemplate("card", Card);
        handlebars.RegisterTemplate("frame", Frame);
        return (handlebars.Compile(Page), middleware);
    }
}
