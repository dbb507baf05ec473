namespace PaperArchive.Tests.CuratorData;

/// <summary>
/// The trait of the tests that check the curator's data (<c>input/</c>) rather than the code: today's counts, the
/// number and breadth of the themes, the shipped overrides. A curator who adds a listing or a theme updates these and
/// nothing else; <c>dotnet test --filter "Category!=CuratorData"</c> runs the tests of the code alone.
/// </summary>
public static class CuratorDataTrait
{
    public const string Name = "Category";

    public const string Value = "CuratorData";
}
