using System.CommandLine;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive check</c>. (Placeholder: not built yet.)</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("archive check is not built yet.");
            return 2;
        });
        return command;
    }
}
