namespace PaperArchive.Output;

/// <summary>One file of the generated site: its path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));
}
