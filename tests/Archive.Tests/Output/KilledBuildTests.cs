using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Output;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Output;

/// <summary>
/// The real <c>archive build</c>, killed (SIGKILL, as a CI timeout or the out-of-memory killer does) or interrupted
/// (SIGINT, as Ctrl+C does) while it writes: the output folder must hold the old site or the new one, whole, and the
/// next build must finish the job from whatever the stopped one left.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class KilledBuildTests : IDisposable
{
    private const int Trials = 16;

    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    private string AddedListing => Path.Combine(_input.Input, "listings", "2025-12-12-added.txt");

    private string Staging => StagingFolder.For(_input.Output);

    [Fact]
    public void A_build_killed_at_any_moment_of_its_write_phase_leaves_the_old_site_or_the_new_one_whole()
    {
        // Two sites several hundred files apart: the shipped input, and the same with a listing added.
        var (old, _) = BuildWhole(withAddedListing: false);
        var (@new, writeTime) = BuildWhole(withAddedListing: true);
        var interruptedWhileWriting = 0;
        var outcomes = new List<string>();

        for (var trial = 0; trial < Trials; trial++)
        {
            var before = Site.Of(_input.Output);
            var wanted = before.SameAs(old) ? @new : old;
            SetAddedListing(wanted == @new);

            // Spread over the whole write phase and a little beyond it, where the new site has just replaced the old.
            var delay = writeTime * 1.5 * trial / (Trials - 1);
            using var watch = new StagingWatch(_input.Root, Staging);
            using var build = BuildProcess.Start(_input.Root, "--theme", RepoPaths.ShippedTemplates);
            var writing = watch.WaitForFirstChange(build);
            if (writing)
            {
                Thread.Sleep(delay);
            }

            build.Kill();
            Assert.True(build.WaitForExit(Poll.Bound), "the killed build did not end.");

            var after = Site.Of(_input.Output);
            var whole = after.SameAs(before) ? "old" : after.SameAs(wanted) ? "new" : null;
            Assert.True(whole is not null,
                $"trial {trial} (killed {delay.TotalMilliseconds:F0} ms into the write phase) left a mixed site: " +
                $"{after.CountSameAs(before)} of {after.Files.Count} files from the old site, {after.CountSameAs(wanted)} from the new one.");
            outcomes.Add($"{delay.TotalMilliseconds:F0} ms: {whole}");
            if (writing && whole == "old")
            {
                interruptedWhileWriting++;
            }
        }

        // The test is worth something only if some kills really landed in the middle of writing.
        Assert.True(interruptedWhileWriting > 0, "no kill landed while files were being written: " + string.Join(", ", outcomes));

        // Whatever the kills left, the next build finishes the job: the site of its input, exactly, and nothing else beside it.
        var finalWanted = Site.Of(_input.Output).SameAs(old) ? @new : old;
        SetAddedListing(finalWanted == @new);
        Assert.Equal(0, CliRunner.Run(_input.Root, "build", "--theme", RepoPaths.ShippedTemplates).ExitCode);
        Assert.True(Site.Of(_input.Output).SameAs(finalWanted), "the build after the kills did not give the site of its input.");
        Assert.Equal([".archive-cache", Path.GetFileName(Staging), "input", "output"],
            Directory.EnumerateFileSystemEntries(_input.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_first_build_killed_while_it_writes_leaves_no_output_folder_or_a_whole_site()
    {
        var (site, writeTime) = BuildWhole(withAddedListing: false);
        for (var trial = 0; trial < 5; trial++)
        {
            if (Directory.Exists(_input.Output))
            {
                Directory.Delete(_input.Output, recursive: true);
            }

            var delay = writeTime * 1.2 * trial / 4;
            using var watch = new StagingWatch(_input.Root, Staging);
            using var build = BuildProcess.Start(_input.Root, "--theme", RepoPaths.ShippedTemplates, "--no-cache");
            if (watch.WaitForFirstChange(build))
            {
                Thread.Sleep(delay);
            }

            build.Kill();
            Assert.True(build.WaitForExit(Poll.Bound), "the killed build did not end.");
            Assert.True(!Directory.Exists(_input.Output) || Site.Of(_input.Output).SameAs(site),
                $"trial {trial}: a first build killed {delay.TotalMilliseconds:F0} ms into its write phase left a partial output folder.");
        }

        Assert.Equal(0, CliRunner.Run(_input.Root, "build", "--theme", RepoPaths.ShippedTemplates).ExitCode);
        Assert.True(Site.Of(_input.Output).SameAs(site));
    }

    [Fact]
    public void Ctrl_c_while_the_site_is_written_stops_the_build_within_a_second_and_leaves_the_previous_site()
    {
        var (old, _) = BuildWhole(withAddedListing: false);
        SetAddedListing(true);

        using var watch = new StagingWatch(_input.Root, Staging);
        using var build = BuildProcess.Start(_input.Root, "--theme", RepoPaths.ShippedTemplates);
        Assert.True(watch.WaitForFirstChange(build), "the build ended before it wrote anything.");
        build.Interrupt();
        var stopwatch = Stopwatch.StartNew();
        Assert.True(build.WaitForExit(Poll.Bound), "the build did not stop on Ctrl+C.");
        var stopped = stopwatch.Elapsed;

        Assert.True(stopped < TimeSpan.FromSeconds(1), $"the build took {stopped.TotalMilliseconds:F0} ms to stop after Ctrl+C.");
        Assert.NotEqual(0, build.ExitCode);
        Assert.True(Site.Of(_input.Output).SameAs(old), "Ctrl+C did not leave the previous site.");
        Assert.Contains("output/ was left as it was", build.StandardError);
    }

    private void SetAddedListing(bool present)
    {
        if (present)
        {
            File.WriteAllText(AddedListing, InputCopy.NewListing("Atomic Output for Static Paper Archives"));
        }
        else
        {
            File.Delete(AddedListing);
        }
    }

    /// <summary>Builds to the end and returns the site and how long its write phase took.</summary>
    private (Site Site, TimeSpan WriteTime) BuildWhole(bool withAddedListing)
    {
        SetAddedListing(withAddedListing);
        var result = CliRunner.Run(_input.Root, "build", "--theme", RepoPaths.ShippedTemplates);
        Assert.Equal(0, result.ExitCode);
        var written = WriteStage().Match(result.StandardOutput);
        Assert.True(written.Success, result.StandardOutput);
        var milliseconds = int.Parse(written.Groups["ms"].Value, CultureInfo.InvariantCulture);
        return (Site.Of(_input.Output), TimeSpan.FromMilliseconds(Math.Max(milliseconds, 50)));
    }

    [GeneratedRegex(@"(?m)^  write output +[\d,]+ +(?<ms>\d+) ms$")]
    private static partial Regex WriteStage();

    /// <summary>Every file of an output folder and its bytes.</summary>
    private sealed record Site(IReadOnlyDictionary<string, byte[]> Files)
    {
        public static Site Of(string folder) => new(OutputSnapshot.Of(folder).Files.ToDictionary(f => f.Key, f => f.Value.Content, StringComparer.Ordinal));

        public bool SameAs(Site other) =>
            Files.Count == other.Files.Count && CountSameAs(other) == Files.Count;

        public int CountSameAs(Site other) =>
            Files.Count(f => other.Files.TryGetValue(f.Key, out var bytes) && bytes.AsSpan().SequenceEqual(f.Value));
    }

    /// <summary>Tells when a build starts to write: the first change under its staging folder (or the folder's
    /// creation), seen through the file system's own notifications.</summary>
    private sealed class StagingWatch : IDisposable
    {
        private readonly FileSystemWatcher _watcher;
        private readonly ManualResetEventSlim _changed = new();
        private readonly string _staging;

        public StagingWatch(string root, string staging)
        {
            _staging = staging;
            _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true };
            _watcher.Created += OnEvent;
            _watcher.Changed += OnEvent;
            _watcher.Deleted += OnEvent;
            _watcher.Renamed += OnEvent;
            _watcher.EnableRaisingEvents = true;
        }

        /// <summary>True once the build wrote under its staging folder; false when it ended first.</summary>
        public bool WaitForFirstChange(BuildProcess build)
        {
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.Elapsed < Poll.Bound)
            {
                if (_changed.Wait(TimeSpan.FromMilliseconds(5)))
                {
                    return true;
                }

                if (build.HasExited)
                {
                    return false;
                }
            }

            throw new TimeoutException("the build neither wrote nor ended.");
        }

        public void Dispose()
        {
            _watcher.Dispose();
            _changed.Dispose();
        }

        private void OnEvent(object sender, FileSystemEventArgs e)
        {
            if (e.FullPath == _staging || e.FullPath.StartsWith(_staging + "/", StringComparison.Ordinal))
            {
                _changed.Set();
            }
        }
    }
}
