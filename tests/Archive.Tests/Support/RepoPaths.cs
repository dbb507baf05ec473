namespace PaperArchive.Tests.Support;

/// <summary>Folders of the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedInput => Path.Combine(Root, "input");

    public static string ShippedTemplates => Path.Combine(Root, "theme");

    /// <summary>The source copy of <c>tests/Archive.Tests/TestFiles</c>, where golden files are updated.</summary>
    public static string TestFiles => Path.Combine(Root, "tests", "Archive.Tests", "TestFiles");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Archive.sln not found above the test assembly.");
    }
}
