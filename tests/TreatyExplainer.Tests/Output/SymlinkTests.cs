using TreatyExplainer.Output;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Output;

/// <summary>Links planted in output/ or its back buffer are removed, never followed: nothing outside them changes.</summary>
public sealed class SymlinkTests
{
    [Fact]
    public void LinkInOutputToAnOutsideFolderLeavesThatFolderIntactAfterTwoBuilds()
    {
        using var site = new TempSite().WithHome();
        using var outside = new TempSite(withTheme: false);
        var victim = outside.Write("v/a.jpg", "precious");
        Assert.Equal(0, site.Run("build").ExitCode);
        File.CreateSymbolicLink(Path.Combine(site.Output, "media"), Path.GetDirectoryName(victim)!);

        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal(RealPaths.EntryKind.Missing, RealPaths.KindOf(Path.Combine(site.Output, "media")));
        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void FileLinkPlantedInTheBackBufferIsReplacedNotWrittenThrough(int depth)
    {
        using var site = BuiltTwice();
        using var outside = new TempSite(withTheme: false);
        var target = outside.Write("target.html", "outside");
        var dangling = Path.Combine(outside.Root, "created-through-a-dangling-link.html");
        var file = FileAtDepth(site, depth);
        var other = FileAtDepth(site, depth, skip: 1);
        PlantLink(Back(site, file), target);
        PlantLink(Back(site, other), dangling);
        var before = FolderManifest.Of(outside.Root);

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(before, FolderManifest.Of(outside.Root));
        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(Path.Combine(site.Output, file)));
        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(Path.Combine(site.Output, other)));
        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void FolderLinkPlantedInTheBackBufferIsReplacedNotWrittenInto(int depth)
    {
        using var site = BuiltTwice();
        using var outside = new TempSite(withTheme: false);
        outside.Write("dir/keep.txt", "outside");
        var file = FileAtDepth(site, depth);
        var folder = Path.GetDirectoryName(Back(site, file))!;
        PlantLink(folder, Path.Combine(outside.Root, "dir"));
        var before = FolderManifest.Of(outside.Root);

        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(before, FolderManifest.Of(outside.Root));
        Assert.Equal(RealPaths.EntryKind.File, RealPaths.KindOf(Path.Combine(site.Output, file)));
        Assert.Equal(RealPaths.EntryKind.Folder, RealPaths.KindOf(Path.GetDirectoryName(Path.Combine(site.Output, file))!));
    }

    [Fact]
    public void LinkInPlaceOfTheBackBufferIsRemovedNotFollowed()
    {
        using var site = BuiltTwice();
        using var outside = new TempSite(withTheme: false);
        outside.Write("dir/" + OutputWriter.MarkerFile, "looks like ours");
        outside.Write("dir/index.html", "outside");
        var back = Path.Combine(site.Root, ".output.back");
        RealPaths.Remove(back);
        PlantLink(back, Path.Combine(outside.Root, "dir"));
        var before = FolderManifest.Of(outside.Root);

        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(before, FolderManifest.Of(outside.Root));
        Assert.Equal(RealPaths.EntryKind.Folder, RealPaths.KindOf(site.Output));
        Assert.Contains("Welcome.", site.ReadOutput("index.html"));
    }

    private static TempSite BuiltTwice()
    {
        var site = new TempSite().WithHome();
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        site.Write("input/terms/kuril.md", Entries.Glossary("Kuril", "term", Entries.Words));
        site.Write("input/terms/habomai.md", Entries.Glossary("Habomai", "term", Entries.Words));
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Equal(0, site.Run("build").ExitCode);
        return site;
    }

    /// <summary>A file the build writes, with the given number of folders above it.</summary>
    private static string FileAtDepth(TempSite site, int depth, int skip = 0) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f))
            .Where(f => f.Count(c => c == '/') == depth && !f.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Skip(skip)
            .First();

    private static string Back(TempSite site, string relativePath) => Path.Combine(site.Root, ".output.back", relativePath);

    private static void PlantLink(string at, string pointingTo)
    {
        RealPaths.Remove(at);
        Directory.CreateDirectory(Path.GetDirectoryName(at)!);
        File.CreateSymbolicLink(at, pointingTo);
    }
}
