using System.CommandLine;

namespace PaperArchive.Cli;

/// <summary>The options every command that builds shares: --input, --theme, --output, --base-url, --no-cache.</summary>
public sealed class BuildOptionSet
{
    public Option<string> Input { get; } = new("--input") { Description = "The input folder (site.yml, listings/, papers/).", DefaultValueFactory = _ => BuildOptions.Default.InputDirectory };

    public Option<string> Templates { get; } = new("--theme") { Description = "The theme folder (layouts/, partials/, assets/).", DefaultValueFactory = _ => BuildOptions.Default.TemplateDirectory };

    public Option<string> Output { get; } = new("--output") { Description = "The folder the site is written to.", DefaultValueFactory = _ => BuildOptions.Default.OutputDirectory };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The URL the site is published at; overrides base_url in site.yml." };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Make every page and the whole search index, ignoring the cache of the last build (kept in .archive-cache/ beside the output)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(NoCache);
    }

    public BuildOptions Read(ParseResult result) => new()
    {
        InputDirectory = result.GetValue(Input)!,
        TemplateDirectory = result.GetValue(Templates)!,
        OutputDirectory = result.GetValue(Output)!,
        BaseUrl = result.GetValue(BaseUrl),
        UseCache = !result.GetValue(NoCache),
    };
}
