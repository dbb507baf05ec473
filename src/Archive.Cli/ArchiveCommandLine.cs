using System.CommandLine;
using PaperArchive.Cli.Commands;

namespace PaperArchive.Cli;

/// <summary>The <c>archive</c> command and its subcommands.</summary>
public static class ArchiveCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Paper Archive: builds a searchable website from saved Hugging Face Daily Papers listings.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(ReadCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EnrichCommand.Create());
        return root;
    }
}
