using TreatyExplainer.Output;

namespace TreatyExplainer.Tests.Output;

/// <summary>What is at a path, read without following a link and without an exception for a missing one.</summary>
public sealed class RealPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("te-realpaths-").FullName;

    [Fact]
    public void EachKindOfEntryIsToldApart()
    {
        var file = Path.Combine(_root, "file.txt");
        File.WriteAllText(file, "x");
        var folder = Directory.CreateDirectory(Path.Combine(_root, "folder")).FullName;
        File.CreateSymbolicLink(Path.Combine(_root, "to-file"), file);
        Directory.CreateSymbolicLink(Path.Combine(_root, "to-folder"), folder);
        File.CreateSymbolicLink(Path.Combine(_root, "dangling"), Path.Combine(_root, "nowhere"));

        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(file));
        Assert.Equal(RealPaths.EntryKind.Folder, RealPaths.KindOf(folder));
        Assert.Equal(RealPaths.EntryKind.Link, RealPaths.KindOf(Path.Combine(_root, "to-file")));
        Assert.Equal(RealPaths.EntryKind.Link, RealPaths.KindOf(Path.Combine(_root, "to-folder")));
        Assert.Equal(RealPaths.EntryKind.Link, RealPaths.KindOf(Path.Combine(_root, "dangling")));
        Assert.Equal(RealPaths.EntryKind.Missing, RealPaths.KindOf(Path.Combine(_root, "missing")));
        Assert.Equal(RealPaths.EntryKind.Missing, RealPaths.KindOf(Path.Combine(_root, "missing", "deeper")));
        Assert.Equal(RealPaths.EntryKind.Missing, RealPaths.KindOf(Path.Combine(file, "under-a-file")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
