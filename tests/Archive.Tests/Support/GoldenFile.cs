using Xunit.Sdk;

namespace PaperArchive.Tests.Support;

/// <summary>
/// Compares text with a golden file under <c>TestFiles/</c>. Run the tests with <c>UPDATE_GOLDEN=1</c> to write
/// the actual text as the new golden file, then review the diff in git.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(RepoPaths.TestFiles, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"Golden file {relativePath} does not exist; run the tests with UPDATE_GOLDEN=1 to create it.");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        throw new XunitException(
            $"{relativePath} differs at line {line + 1}:\n  expected: {At(expectedLines, line)}\n  actual:   {At(actualLines, line)}\n" +
            "Run the tests with UPDATE_GOLDEN=1 to accept the new output.");
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "(end of file)";
}
