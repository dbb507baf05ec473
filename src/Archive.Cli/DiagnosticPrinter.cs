using PaperArchive.Diagnostics;

namespace PaperArchive.Cli;

/// <summary>Prints diagnostics to standard error in the MSBuild form, and says whether the command failed.</summary>
public static class DiagnosticPrinter
{
    /// <returns>The exit code: 1 when any diagnostic is an error, otherwise 0.</returns>
    public static int Print(DiagnosticBag diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            writer.WriteLine(diagnostic.ToString());
        }

        return diagnostics.HasErrors ? 1 : 0;
    }
}
