using System.CommandLine;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive serve</c>. (Placeholder: not built yet.)</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("archive serve is not built yet.");
            return 2;
        });
        return command;
    }
}
