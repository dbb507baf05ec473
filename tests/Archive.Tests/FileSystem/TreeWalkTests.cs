using PaperArchive.FileSystem;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.FileSystem;

public sealed class TreeWalkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public TreeWalkTests()
    {
        _folder.Write("tree/a.txt", "a");
        _folder.Write("tree/sub/b.txt", "b");
        _folder.Write("elsewhere/secret.txt", "s");
        Directory.CreateSymbolicLink(_folder.Combine("tree", "linked-folder"), _folder.Combine("elsewhere"));
        File.CreateSymbolicLink(_folder.Combine("tree", "sub", "linked-file"), _folder.Combine("elsewhere", "secret.txt"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_walk_lists_links_as_links_and_never_enters_them()
    {
        var entries = TreeWalk.Entries(_folder.Combine("tree")).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [new("a.txt", FileKind.File), new("linked-folder", FileKind.Link), new("sub", FileKind.Directory), new("sub/b.txt", FileKind.File), new TreeEntry("sub/linked-file", FileKind.Link)],
            entries);
    }

    [Fact]
    public void Deleting_a_tree_deletes_its_links_and_not_what_they_point_to()
    {
        TreeWalk.Delete(_folder.Combine("tree"));

        Assert.False(Path.Exists(_folder.Combine("tree")));
        Assert.Equal("s", File.ReadAllText(_folder.Combine("elsewhere", "secret.txt")));
    }

    [Fact]
    public void Two_names_of_one_file_are_the_same_file_and_a_copy_is_not()
    {
        var file = _folder.Combine("tree", "a.txt");
        File.Copy(file, _folder.Combine("copy.txt"));

        Assert.True(FileIdentity.Of(file).SameFileAs(FileIdentity.Of(file)));
        Assert.False(FileIdentity.Of(file).SameFileAs(FileIdentity.Of(_folder.Combine("copy.txt"))));
        Assert.Equal(FileKind.Link, FileIdentity.Of(_folder.Combine("tree", "linked-folder")).Kind);
        Assert.Equal(FileKind.None, FileIdentity.Of(_folder.Combine("tree", "missing")).Kind);
    }

    [Fact]
    public void A_readable_folder_refuses_links_that_leave_it_and_reads_those_that_stay()
    {
        File.CreateSymbolicLink(_folder.Combine("tree", "inside"), _folder.Combine("tree", "a.txt"));
        var tree = ReadableFolder.Open(_folder.Combine("tree"), "test")!;

        var files = tree.Files(_folder.Combine("tree")).ToList();

        Assert.Equal(["a.txt", "inside", "sub/b.txt"], files.Where(f => f.File is not null).Select(f => f.File!.Value.Name));
        Assert.Equal(["linked-folder", "sub/linked-file"], files.Where(f => f.Refused is not null).Select(f => f.Refused!.Value.Name));
        Assert.Contains("outside the test folder", tree.WhyNot(_folder.Combine("tree", "sub", "linked-file")));
    }
}
