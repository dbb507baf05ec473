using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PaperArchive.Cli.Bench;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// <c>archive bench</c>: builds synthetic archives of several sizes, each in a fresh process, and prints what every
/// stage cost. The hidden <c>--run-build</c> form is that fresh process: one build and a JSON report of it.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Numbers of papers to generate, comma-separated.", DefaultValueFactory = _ => string.Join(',', BenchSettings.DefaultSizes) };
        var work = new Option<string?>("--work") { Description = "The folder the synthetic archives are written to (a temporary folder by default)." };
        var templates = new Option<string>("--theme") { Description = "The theme folder the builds use.", DefaultValueFactory = _ => BuildOptions.Default.TemplateDirectory };
        var input = new Option<string>("--input") { Description = "The real input folder: measured too, and the source of the synthetic words and themes.", DefaultValueFactory = _ => BuildOptions.Default.InputDirectory };
        var keep = new Option<bool>("--keep") { Description = "Keep the synthetic inputs and outputs." };
        var json = new Option<string?>("--json") { Description = "Also write every figure to this JSON file." };
        var baseline = new Option<string?>("--baseline") { Description = "An earlier run's --json file: print its figures beside this run's, with the change." };
        var runBuild = new Option<string?>("--run-build") { Hidden = true };
        var output = new Option<string?>("--output") { Hidden = true };
        var report = new Option<string?>("--report") { Hidden = true };

        var command = new Command("bench", "Measure builds of synthetic archives of several sizes: time per stage, memory, output, rebuild.");
        foreach (var option in new Option[] { sizes, work, templates, input, keep, json, baseline, runBuild, output, report })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            if (result.GetValue(runBuild) is { } buildInput)
            {
                var options = new BuildOptions { InputDirectory = buildInput, TemplateDirectory = result.GetValue(templates)!, OutputDirectory = result.GetValue(output) ?? "output" };
                return BuildProbe.Run(options, result.GetValue(report) ?? "bench-build.json");
            }

            if (ParseSizes(result.GetValue(sizes)!) is not { } sizeList)
            {
                Console.Error.WriteLine("--sizes takes positive whole numbers separated by commas, such as 1000,10000.");
                return 2;
            }

            var before = result.GetValue(baseline) is { } baselinePath ? BenchComparison.Read(baselinePath) : default;
            if (before.Error is { } error)
            {
                Console.Error.WriteLine($"archive bench: {error}");
                return 2;
            }

            var workDirectory = result.GetValue(work);
            var settings = new BenchSettings(
                sizeList,
                Path.GetFullPath(workDirectory ?? Path.Combine(Path.GetTempPath(), $"paper-archive-bench-{Environment.ProcessId}")),
                Path.GetFullPath(result.GetValue(templates)!),
                Path.GetFullPath(result.GetValue(input)!),
                result.GetValue(keep));
            (BenchResults, string)? comparison = before.Results is { } earlier ? (earlier, Path.GetFileName(result.GetValue(baseline)!)) : null;
            return Run(settings, result.GetValue(json), comparison, removeWorkFolder: workDirectory is null && !settings.Keep);
        });
        return command;
    }

    private static int Run(BenchSettings settings, string? jsonPath, (BenchResults Results, string Name)? baseline, bool removeWorkFolder)
    {
        try
        {
            var results = new BenchRunner(settings, Console.Out).Run();
            BenchTables.WriteSummary(results, Console.Out);
            BenchTables.WriteLoadNote(results.Machine, Console.Out);
            if (baseline is { } before)
            {
                Console.Out.WriteLine();
                BenchComparison.Write(before.Results, results, before.Name, Console.Out);
            }

            if (jsonPath is not null)
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(results, BenchJson.Default.BenchResults));
            }

            return results.Rows.All(r => r.Build.Report.Succeeded && r.Rebuild.Report.Succeeded && r.Relisting?.Report.Succeeded != false) ? 0 : 1;
        }
        catch (BenchException e)
        {
            Console.Error.WriteLine($"archive bench: {e.Message}");
            return 1;
        }
        finally
        {
            if (removeWorkFolder && Directory.Exists(settings.WorkDirectory))
            {
                Directory.Delete(settings.WorkDirectory, recursive: true);
            }
        }
    }

    private static List<int>? ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0)
            {
                return null;
            }

            sizes.Add(size);
        }

        return sizes.Count > 0 ? sizes : null;
    }
}
