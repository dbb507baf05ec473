using System.Text.Json;
using PaperArchive.Cli.Serving;

namespace PaperArchive.Tests.Cli.Serving;

public sealed class LiveReloadTests
{
    [Fact]
    public void The_script_tag_goes_before_the_closing_body_tag_and_names_the_site_served()
    {
        var html = LiveReload.Inject("<html><body><p>x</p></body></html>", "ab12.3");

        Assert.Equal("<html><body><p>x</p><script src=\"/__archive/live-reload.js?v=ab12.3\" defer></script></body></html>", html);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_its_end()
    {
        Assert.EndsWith("</script>", LiveReload.Inject("<p>fragment</p>", "s"));
    }

    [Fact]
    public void The_error_page_shows_diagnostics_as_inert_text()
    {
        var state = new BuildState("s", false, "Build failed: 0 warnings, 1 error.",
            ["input/listings/x.txt(3,1): error ARC0101: a title <script>alert(1)</script> & more"]);

        var page = LiveReload.ErrorPage(state);

        Assert.Contains("a title &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("/__archive/live-reload.js", page);
    }

    [Fact]
    public void The_build_state_is_json_the_script_can_read()
    {
        var state = new BuildState("s.2", false, "Build \"failed\"", ["line one", "<two>"]);

        var json = JsonDocument.Parse(state.ToJson()).RootElement;

        Assert.Equal("s.2", json.GetProperty("site").GetString());
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Equal("Build \"failed\"", json.GetProperty("summary").GetString());
        Assert.Equal(["line one", "<two>"], json.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain('\n', state.ToJson());
    }

    [Fact]
    public void A_listener_gets_the_current_state_at_once_and_then_each_new_one()
    {
        var events = new BuildEvents();
        events.Publish(new BuildState("a.1", true, "first", []));
        using var subscription = events.Subscribe();
        events.Publish(new BuildState("a.1", false, "second", ["x"]));

        Assert.True(subscription.States.TryRead(out var first));
        Assert.True(subscription.States.TryRead(out var second));
        Assert.Equal(("first", "second"), (first!.Summary, second!.Summary));
        Assert.False(subscription.States.TryRead(out _));
    }

    [Theory]
    [InlineData("listings/.2025-12-12-new.txt.swp", true)]
    [InlineData("site.yml~", true)]
    [InlineData("listings/2025-12-12-new.txt", false)]
    [InlineData("site.yml", false)]
    public void Editor_scratch_files_do_not_trigger_a_rebuild(string name, bool ignored)
    {
        Assert.Equal(ignored, InputWatcher.Ignored(name));
    }
}
