using PaperArchive.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace PaperArchive.Tests.Publishing;

/// <summary><c>netlify.toml</c> as Netlify reads it: a real TOML parser, then the settings a deploy depends on.</summary>
public sealed class NetlifyConfigTests
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    private static TomlTable BuildTable => (TomlTable)Config["build"];

    [Fact]
    public void Netlify_publishes_the_folder_the_build_writes()
    {
        Assert.Equal(BuildOptions.Default.OutputDirectory, BuildTable["publish"]);
    }

    [Fact]
    public void The_build_command_runs_the_netlify_build_script()
    {
        Assert.Equal("bash scripts/netlify-build.sh", BuildTable["command"]);
    }

    [Fact]
    public void Every_response_carries_the_security_headers()
    {
        var all = HeadersFor("/*");

        Assert.Equal(ContentSecurityPolicy, all["Content-Security-Policy"]);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.False(string.IsNullOrWhiteSpace((string)all["Referrer-Policy"]));
        // Netlify joins the values of a header set by several matching rules, so caching is never set for all.
        Assert.False(all.ContainsKey("Cache-Control"));
    }

    [Fact]
    public void Hashed_assets_are_cached_for_a_year_and_pages_and_feeds_revalidate()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/*")["Cache-Control"]);
        foreach (var path in new[] { "/", "/*.html", "/*.xml", "/*.json" })
        {
            Assert.Contains("must-revalidate", (string)HeadersFor(path)["Cache-Control"]);
        }
    }

    [Fact]
    public void Unknown_paths_get_the_404_page()
    {
        var redirects = (TomlTableArray)Config["redirects"];

        Assert.Contains(redirects, r => (string)r["to"] == "/404.html" && (long)r["status"] == 404 && !r.ContainsKey("force"));
    }

    private static TomlTable HeadersFor(string path)
    {
        var rules = ((TomlTableArray)Config["headers"]).Where(h => (string)h["for"] == path).ToList();
        return (TomlTable)Assert.Single(rules)["values"];
    }
}
