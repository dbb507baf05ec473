using System.Collections.Concurrent;

namespace PaperArchive.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Stages report and carry on; the caller decides what errors mean.
/// Safe to share between the threads of a parallel stage; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Report(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string id, SourceLocation? location, string message) =>
        Report(new Diagnostic(DiagnosticSeverity.Error, id, location, message));

    public void Warning(string id, SourceLocation? location, string message) =>
        Report(new Diagnostic(DiagnosticSeverity.Warning, id, location, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>Diagnostics ordered by file, line, column and id, so that output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.Location?.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
