using System.Collections.Concurrent;
using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>
/// The state of one check, shared by the threads that scan pages: what every page has reported so far. Only what
/// the cross-page rules need survives a page: the files it links to, its anchor names, and its links into other
/// pages' fragments.
/// </summary>
internal sealed class CheckRun(SiteFiles files, SiteAddress address, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, byte> _linked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PendingFragment> _fragments = new();
    private int _pages;
    private int _links;

    public SiteFiles Files { get; } = files;

    public SiteAddress Address { get; } = address;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public int Pages => _pages;

    public int Links => _links;

    public IEnumerable<PendingFragment> Fragments => _fragments;

    public void Error(string id, string file, PagePosition position, string message) =>
        Diagnostics.Error(id, new SourceLocation(Files.DisplayPath(file), position.Line, position.Column), message);

    public void PageChecked(string file, IReadOnlySet<string> anchors)
    {
        _anchors[file] = anchors;
        Interlocked.Increment(ref _pages);
    }

    public void LinkChecked() => Interlocked.Increment(ref _links);

    public void MarkLinked(string file) => _linked.TryAdd(file, 0);

    public bool IsLinked(string file) => _linked.ContainsKey(file);

    public void Defer(PendingFragment fragment) => _fragments.Enqueue(fragment);

    /// <summary>The ids and anchor names of a checked page; null for a page that could not be read.</summary>
    public IReadOnlySet<string>? AnchorsOf(string file) => _anchors.GetValueOrDefault(file);
}

/// <summary>A link into another page's fragment, checked once every page's anchors are known.</summary>
internal sealed record PendingFragment(string Page, PageReference Reference, string TargetFile, string Fragment);
