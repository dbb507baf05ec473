namespace PaperArchive.Tests.Support;

/// <summary>
/// The checkers in <c>tests/tools</c> (html-validate, axe-core), installed from its committed package-lock by
/// <c>scripts/install-test-deps.sh</c> and run offline. A missing install fails the tests that need it, with the fix.
/// </summary>
public static class TestTools
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "tools");

    public static string HtmlValidate => Require(Path.Combine(Folder, "node_modules", "html-validate", "bin", "html-validate.mjs"));

    public static string HtmlValidateConfig => Path.Combine(Folder, ".htmlvalidate.json");

    public static string AxeScript => Require(Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js"));

    private static string Require(string file)
    {
        Assert.True(File.Exists(file), $"{file} is missing: run scripts/install-test-deps.sh (npm ci in tests/tools).");
        return file;
    }
}
