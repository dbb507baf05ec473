using PaperArchive.Cli.Building;

namespace PaperArchive.Tests.Cli.Building;

public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_fills_in_proportion_to_the_files_written()
    {
        Assert.Equal("  writing [###############...............] 500/1,000 files", ProgressBar.Line(500, 1000));
    }

    [Fact]
    public void More_files_than_expected_fill_the_bar_and_raise_the_total()
    {
        Assert.Equal("  writing [##############################] 1,200/1,200 files", ProgressBar.Line(1200, 1000));
    }

    [Fact]
    public void Without_an_expected_total_a_count_is_shown()
    {
        Assert.Equal("  writing       250 files", ProgressBar.Line(250, 0));
    }

    [Fact]
    public void Asking_arxiv_the_bar_estimates_the_time_left_from_the_pace_so_far()
    {
        Assert.Equal("  asking arXiv [#######.......................] 100/400 papers, about 15 min left",
            ProgressBar.LookupLine(100, 400, TimeSpan.FromMinutes(5)));
        Assert.Equal("  asking arXiv [##############################] 400/400 papers, almost done",
            ProgressBar.LookupLine(400, 400, TimeSpan.FromMinutes(20)));
    }

    [Fact]
    public void Before_the_first_answer_the_lookup_bar_makes_no_estimate()
    {
        Assert.Equal("  asking arXiv [..............................] 0/455 papers", ProgressBar.LookupLine(0, 455, TimeSpan.FromSeconds(2)));
    }
}
