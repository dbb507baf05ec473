namespace PaperArchive.Diagnostics;

/// <summary>
/// One finding about the input, printed in the MSBuild form <c>path(line,col): error ARCnnnn: message</c>
/// so that editors and CI annotate the right line.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Id, SourceLocation? Location, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var where = Location is { } location ? $"{location}: " : "archive: ";
        return $"{where}{severity} {Id}: {Message}";
    }
}
