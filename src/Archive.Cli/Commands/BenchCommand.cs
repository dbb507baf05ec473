using System.CommandLine;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive bench</c>. (Placeholder: not built yet.)</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("archive bench is not built yet.");
            return 2;
        });
        return command;
    }
}
