namespace PaperArchive.Output;

/// <summary>What a build did to the output folder.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Deleted, long Bytes)
{
    public int Files => Written + Unchanged;
}
