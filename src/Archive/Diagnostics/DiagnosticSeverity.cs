namespace PaperArchive.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
