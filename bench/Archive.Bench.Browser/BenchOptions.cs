using System.Globalization;

namespace PaperArchive.Bench.Browser;

/// <summary>What the browser benchmark measures: a built site (or the input to build), the queries and how often.</summary>
public sealed record BenchOptions
{
    public static BenchOptions Default { get; } = new();

    /// <summary>A site already built; when null, <see cref="Input"/> is built with <see cref="Templates"/> into a temporary folder.</summary>
    public string? Site { get; init; }

    public string Input { get; init; } = "input";

    public string Templates { get; init; } = "theme";

    public int Runs { get; init; } = 9;

    /// <summary>The browser to drive; by default the one the browser tests find (CHROMIUM_PATH, then the PATH).</summary>
    public string? Chromium { get; init; } = PaperArchive.Tests.Support.ChromiumLocator.Find();

    /// <summary>Also print, for the last run of each query, when each file was requested and received.</summary>
    public bool Trace { get; init; }

    public IReadOnlyList<string> Queries { get; init; } =
        ["learning", "alignment", "language model", "interpret", "\"human feedback\"", "reward hacking"];

    public const string Usage =
        "usage: archive-bench-browser [--site <built site>] [--input input] [--theme theme] [--runs 9] [--query <q>]... [--chromium <path>] [--trace]";

    /// <summary>Reads the command line; null (with a message) when it is not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = Default;
        var queries = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--trace")
            {
                options = options with { Trace = true };
                continue;
            }

            if (args[i] is "-h" or "--help" || i + 1 >= args.Count)
            {
                error.WriteLine(Usage);
                return null;
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--site": options = options with { Site = value }; break;
                case "--input": options = options with { Input = value }; break;
                case "--theme": options = options with { Templates = value }; break;
                case "--chromium": options = options with { Chromium = value }; break;
                case "--query": queries.Add(value); break;
                case "--runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0:
                    options = options with { Runs = runs };
                    break;
                default:
                    error.WriteLine($"not understood: {args[i - 1]} {value}");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        return queries.Count > 0 ? options with { Queries = queries } : options;
    }
}
