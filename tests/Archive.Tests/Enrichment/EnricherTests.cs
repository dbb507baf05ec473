using System.Diagnostics;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Enrichment;

public sealed class EnricherTests : IDisposable
{
    private static readonly PaperQuery HeatBath = new("heat-bath-random-walks-with-markov-bases", "Heat-bath random walks with Markov bases", "1605.08386");
    private static readonly PaperQuery Workshop = new("proceedings-of-workshop-aew10", "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications", "1707.08567");
    private static readonly DateOnly Today = new(2026, 12, 3);

    private readonly TempFolder _input = new();

    public void Dispose() => _input.Dispose();

    private static EnrichOptions Options(ArxivServer server) => EnrichOptions.Default with
    {
        ApiUrl = server.ApiUrl,
        Delay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(10),
        Backoff = TimeSpan.FromMilliseconds(20),
        IdsPerRequest = 1,
    };

    private async Task<EnrichResult> Enrich(EnrichOptions options, IReadOnlyList<PaperQuery> papers, CancellationToken cancellation = default)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var clock = new FixedDay(Today);
        var enricher = new Enricher(new ArxivClient(http, options, clock), new MetadataStore(_input.Path), options, clock);
        return await enricher.RunAsync(papers, null, cancellation);
    }

    private PaperMetadata? Stored(string slug)
    {
        var path = new MetadataStore(_input.Path).PathFor(slug);
        return File.Exists(path) ? MetadataParser.Parse(slug, path, File.ReadAllText(path), new DiagnosticBag()) : null;
    }

    [Fact]
    public async Task A_503_is_retried_after_a_back_off_and_the_answer_then_kept()
    {
        await using var server = await ArxivServer.StartAsync((context, n) => n == 1 ? ArxivServer.Status(context, 503) : ArxivServer.Replay(context, "id-1605.08386.xml"));

        var result = await Enrich(Options(server), [HeatBath]);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(OutcomeKind.Found, Assert.Single(result.Outcomes).Kind);
        Assert.Null(result.StoppedBy);
        var stored = Stored(HeatBath.Slug)!;
        Assert.Equal(("1605.08386", 1), (stored.Arxiv!.Id, stored.Arxiv.Version));
        Assert.Equal(["Caprice Stanley", "Tobias Windisch"], stored.Arxiv.Authors);
        Assert.Equal(new DateOnly(2016, 5, 26), stored.Arxiv.Published);
    }

    [Fact]
    public async Task A_retry_after_from_the_server_is_waited_for()
    {
        await using var server = await ArxivServer.StartAsync((context, n) =>
        {
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return ArxivServer.Status(context, 503);
            }

            return ArxivServer.Replay(context, "id-1605.08386.xml");
        });
        var clock = Stopwatch.StartNew();

        var result = await Enrich(Options(server), [HeatBath]);

        Assert.Equal(OutcomeKind.Found, Assert.Single(result.Outcomes).Kind);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_request_that_times_out_is_asked_again()
    {
        await using var server = await ArxivServer.StartAsync(async (context, n) =>
        {
            if (n == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
                return;
            }

            await ArxivServer.Replay(context, "id-1605.08386.xml");
        });

        var result = await Enrich(Options(server) with { Timeout = TimeSpan.FromSeconds(1.5) }, [HeatBath]);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(OutcomeKind.Found, Assert.Single(result.Outcomes).Kind);
    }

    [Fact]
    public async Task When_arxiv_fails_on_every_try_the_run_stops_and_keeps_what_it_learned()
    {
        await using var server = await ArxivServer.StartAsync((context, n) => n == 1 ? ArxivServer.Replay(context, "id-1605.08386.xml") : ArxivServer.Status(context, 502));

        var result = await Enrich(Options(server) with { Retries = 2 }, [HeatBath, Workshop]);

        Assert.Equal(FetchFailureKind.Unavailable, result.StoppedBy?.Failure);
        Assert.Contains("502", result.StoppedBy!.Problem);
        Assert.Equal(1 + 3, server.Requests.Count);
        Assert.Equal([HeatBath.Slug], result.Outcomes.Select(o => o.Paper.Slug));
        Assert.Equal([Workshop], result.Unasked);
        Assert.NotNull(Stored(HeatBath.Slug));
        Assert.Null(Stored(Workshop.Slug));
    }

    [Fact]
    public async Task Offline_the_run_stops_at_the_first_request_without_retrying()
    {
        var options = EnrichOptions.Default with { ApiUrl = new Uri("http://arxiv.invalid/api/query"), Delay = TimeSpan.Zero, Backoff = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();

        var result = await Enrich(options, [HeatBath, Workshop]);

        Assert.Equal(FetchFailureKind.Offline, result.StoppedBy?.Failure);
        Assert.Contains("arxiv.invalid", result.StoppedBy!.Problem);
        Assert.Equal(1, result.Requests);
        Assert.Equal(2, result.Unasked.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "no back-off is waited when the name does not resolve");
        Assert.False(Directory.Exists(new MetadataStore(_input.Path).Folder));
    }

    [Fact]
    public async Task An_interrupted_run_keeps_its_answers_and_the_next_run_asks_only_the_rest()
    {
        using var stop = new CancellationTokenSource();
        await using (var first = await ArxivServer.StartAsync(async (context, n) =>
        {
            if (n == 1)
            {
                await ArxivServer.Replay(context, "id-1605.08386.xml");
                return;
            }

            // Ctrl+C while the second request is under way.
            await stop.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
        }))
        {
            var interrupted = await Enrich(Options(first), [HeatBath, Workshop], stop.Token);

            Assert.True(interrupted.Interrupted);
            Assert.Equal([Workshop], interrupted.Unasked);
        }

        var metadata = MetadataLoader.Load(_input.Path, p => p, new DiagnosticBag());
        var papers = new[] { HeatBath, Workshop }.Select(p => PaperFor(p)).ToList();
        var selection = PaperSelection.Select(papers, metadata, EnrichOptions.Default);
        Assert.Equal([Workshop.Slug], selection.ToAsk.Select(p => p.Slug));
        Assert.Equal(1, selection.Known);

        await using var second = await ArxivServer.ReplayingAsync("id-0808.05394-1707.08567.xml");
        var resumed = await Enrich(Options(second), selection.ToAsk);

        Assert.Equal("id_list=1707.08567&start=0&max_results=1", Assert.Single(second.Requests).Query.TrimStart('?'));
        Assert.Equal(OutcomeKind.Found, Assert.Single(resumed.Outcomes).Kind);
        Assert.Equal(34, Stored(Workshop.Slug)!.Arxiv!.Authors.Count);
    }

    [Fact]
    public async Task A_near_miss_title_is_refused_and_recorded_as_not_found_with_the_day_asked()
    {
        await using var server = await ArxivServer.ReplayingAsync("search-quantum-criticality.xml");
        var nearMiss = new PaperQuery("quantum-criticality-for-extended-nodes", "Quantum Criticality for Extended Nodes on a Bethe Lattice", null);

        var result = await Enrich(Options(server), [nearMiss]);

        Assert.Equal(OutcomeKind.NotFound, Assert.Single(result.Outcomes).Kind);
        var stored = Stored(nearMiss.Slug)!;
        Assert.Equal(MetadataStatus.NotFound, stored.Status);
        Assert.Equal(Today, stored.Asked);
        Assert.Null(stored.Arxiv);
        Assert.Equal("search_query=ti:\"quantum criticality for extended nodes on a bethe lattice\"&start=0&max_results=50", Assert.Single(server.Requests).Query.TrimStart('?'));
    }

    [Fact]
    public async Task A_title_a_shared_search_cut_short_is_asked_again_on_its_own()
    {
        await using var server = await ArxivServer.StartAsync((context, n) => ArxivServer.Replay(context, n == 1 ? "search-testing-excerpt.xml" : "id-0000.0000.xml"));
        var shown = new PaperQuery("testing-deep-learning-models", "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques", null);
        var hidden = new PaperQuery("a-test-paper-on-page-two", "Metamorphic Testing for Pose Estimation Systems", null);

        var result = await Enrich(Options(server), [shown, hidden]);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(" OR ", server.Requests.First().Query);
        Assert.DoesNotContain(" OR ", server.Requests.Last().Query);
        Assert.Equal([(shown.Slug, OutcomeKind.Found), (hidden.Slug, OutcomeKind.NotFound)], result.Outcomes.Select(o => (o.Paper.Slug, o.Kind)));
    }

    [Fact]
    public async Task A_question_arxiv_refuses_is_reported_and_the_run_goes_on()
    {
        await using var server = await ArxivServer.StartAsync((context, n) => n == 1 ? ArxivServer.Replay(context, "id-abc.400.xml", 400) : ArxivServer.Replay(context, "id-1605.08386.xml"));

        var result = await Enrich(Options(server), [Workshop, HeatBath]);

        Assert.Contains("incorrect id format for abc", Assert.Single(result.Refusals));
        Assert.Equal([HeatBath.Slug], result.Outcomes.Select(o => o.Paper.Slug));
        Assert.Null(result.StoppedBy);
        Assert.Empty(result.Unasked);
    }

    [Fact]
    public async Task Every_request_names_the_tool_and_waits_the_delay_after_the_one_before()
    {
        await using var server = await ArxivServer.ReplayingAsync("id-0000.0000.xml");
        var papers = Enumerable.Range(1, 3).Select(i => new PaperQuery($"p{i}", $"Paper {i}", $"2401.0000{i}")).ToList();
        var clock = Stopwatch.StartNew();

        await Enrich(Options(server) with { Delay = TimeSpan.FromMilliseconds(300) }, papers);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(590), $"three requests took {clock.Elapsed}");
        Assert.All(server.Requests, r => Assert.Equal(EnrichOptions.UserAgent, r.UserAgent));
    }

    private static PaperArchive.Catalog.Paper PaperFor(PaperQuery query) => new()
    {
        Id = query.Slug,
        Slug = query.Slug,
        Title = query.Title,
        Abstract = "",
        Added = new DateOnly(2025, 12, 8),
        Sources = [],
        ArxivId = query.ArxivId,
    };

    /// <summary>A clock whose day is fixed (the day asked, in files); its timers are real.</summary>
    private sealed class FixedDay(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
