using PaperArchive.Output;

namespace PaperArchive.Caching;

/// <summary>
/// A piece of a stage's output that a build may keep from the last build instead of making it again (a paper's page,
/// a segment of the search index). Stages only describe their units; <see cref="StageCache"/> decides.
/// </summary>
/// <param name="Key">Names the unit from one build to the next: a page's file, a segment's folder.</param>
/// <param name="Fingerprint">Digests everything the unit is made from (<see cref="Caching.Fingerprint"/>); only asked
/// for when the build has a cache.</param>
/// <param name="Make">Makes the unit's files.</param>
public sealed record WorkUnit(string Key, Func<UInt128> Fingerprint, Func<UnitFiles> Make);

/// <summary>A unit's files, and the few strings the rest of its stage needs from it (kept with the unit, so that a
/// kept unit hands them on too).</summary>
public sealed record UnitFiles(IReadOnlyList<OutputFile> Files, IReadOnlyList<string> Data)
{
    public static UnitFiles Of(OutputFile file) => new([file], []);
}
