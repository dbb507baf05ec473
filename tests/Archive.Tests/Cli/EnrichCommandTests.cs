using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli;

public sealed class EnrichCommandTests : IDisposable
{
    private const string WrappedTitle = "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit";
    private const string Slug = "quantum-criticality-for-extended-nodes-on-a-bethe-lattice-in-the-large";

    private readonly TempFolder _root = new();

    public EnrichCommandTests() =>
        _root.Write("input/listings/2025-12-12-physics.txt", Support.Listings.Page("Dec 12", Support.Listings.Entry(WrappedTitle), Support.Listings.Entry("A Paper arXiv Does Not Have")));

    public void Dispose() => _root.Dispose();

    private string Input => _root.Combine("input");

    private string MetadataFile(string slug) => _root.Combine("input", "metadata", slug + ".yml");

    [Fact]
    public void Offline_the_command_says_so_in_one_line_and_exits_1_without_a_stack_trace()
    {
        var result = CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", "http://arxiv.invalid/api/query");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("archive: error ARC0650: cannot reach arxiv.invalid", line);
        Assert.Contains("run `archive enrich` again when online", line);
        Assert.DoesNotContain("Exception", result.StandardOutput + result.StandardError);
        Assert.False(Directory.Exists(_root.Combine("input", "metadata")));
    }

    [Fact]
    public async Task A_run_writes_one_file_a_paper_and_a_second_run_asks_nothing()
    {
        await using var server = await ArxivServer.ReplayingAsync("search-quantum-criticality.xml");

        var first = CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", server.ApiUrl.AbsoluteUri, "--delay", "0");

        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.Contains("Asked arXiv about 2 of 2 papers in 1 request: 1 found, 1 not found, 0 ambiguous.", first.StandardOutput);
        Assert.Contains("  a-paper-arxiv-does-not-have: A Paper arXiv Does Not Have", first.StandardOutput);
        Assert.Contains("arxiv: \"1111.2011\"", File.ReadAllText(MetadataFile(Slug)));
        Assert.Contains("status: not-found\nasked: ", File.ReadAllText(MetadataFile("a-paper-arxiv-does-not-have")));
        var requests = server.Requests.Count;

        var second = CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", server.ApiUrl.AbsoluteUri, "--delay", "0");

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Nothing to ask: all 2 papers have an answer", second.StandardOutput);
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public async Task Refresh_asks_again_about_papers_already_answered()
    {
        await using var server = await ArxivServer.ReplayingAsync("search-quantum-criticality.xml");
        CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", server.ApiUrl.AbsoluteUri, "--delay", "0");

        var again = CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", server.ApiUrl.AbsoluteUri, "--delay", "0", "--refresh");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Asked arXiv about 2 of 2 papers", again.StandardOutput);
        // The paper found before is now asked by the id its answer gave, the other by title again.
        Assert.Contains(server.Requests, r => r.Query.Contains("id_list=1111.2011", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dry_run_and_limit_show_the_plan_without_asking_or_writing()
    {
        await using var server = await ArxivServer.ReplayingAsync("search-quantum-criticality.xml");

        var result = CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", server.ApiUrl.AbsoluteUri, "--dry-run", "--limit", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Would ask arXiv about 1 paper (0 by arXiv id, 1 by title) in 1 request", result.StandardOutput);
        Assert.Contains("1 more is left for a later run (--limit)", result.StandardOutput);
        Assert.Contains("  by title  a-paper-arxiv-does-not-have", result.StandardOutput);
        Assert.Empty(server.Requests);
        Assert.False(Directory.Exists(_root.Combine("input", "metadata")));
    }

    [Fact]
    public void Bad_options_are_refused_before_anything_is_asked()
    {
        Assert.Contains("--delay must be a number of seconds from 0 to 3600", CliRunner.Run(_root.Path, "enrich", "--input", Input, "--delay", "-1").StandardError);
        Assert.Contains("--api-url must be an absolute http(s) address", CliRunner.Run(_root.Path, "enrich", "--input", Input, "--api-url", "export.arxiv.org").StandardError);
        Assert.Contains("--limit must be 1 or more", CliRunner.Run(_root.Path, "enrich", "--input", Input, "--limit", "0").StandardError);
    }
}
