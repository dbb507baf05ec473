namespace PaperArchive.Tests.Support;

/// <summary>Copies every file below a folder (the shipped input or templates) into another, keeping relative paths.</summary>
public static class FolderCopy
{
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
