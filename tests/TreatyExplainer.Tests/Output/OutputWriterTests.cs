using TreatyExplainer.Output;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Output;

public sealed class OutputWriterTests
{
    [Fact]
    public void FailedBuildLeavesThePreviousOutputByteForByte()
    {
        using var site = new TempSite().WithHome("First version.");
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = Snapshot(site.Output);

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\ntitel: typo\n---\nSecond version.\n");
        var (code, _, error) = site.Run("build");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:4:1: error TE004", error);
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void SuccessfulBuildReplacesTheWholeOutput()
    {
        using var site = new TempSite().WithHome("First version.");
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        site.Run("build");
        File.Delete(Path.Combine(site.Root, "input", "about.md"));

        site.Run("build");

        Assert.False(File.Exists(Path.Combine(site.Output, "about", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputWriter.MarkerFile)));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.building-*"));
    }

    [Fact]
    public void RefusesToReplaceAFolderItDidNotMake()
    {
        using var site = new TempSite().WithHome();
        site.Write("output/precious.txt", "keep me");

        var (code, _, error) = site.Run("build");

        Assert.Equal(2, code);
        Assert.Contains("not made by this tool", error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(site.Output, "precious.txt")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData("seeds")]
    [InlineData("/")]
    [InlineData("..")]
    public void RefusesOutputFoldersThatHoldTheProject(string output)
    {
        using var site = new TempSite().WithHome();
        var target = output == "/" ? "/" : Path.Combine(site.Root, output);

        var (code, _, error) = site.Run("build", "--output", target);

        Assert.Equal(2, code);
        Assert.Contains("refusing", error);
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "index.md")));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("a\\..\\b")]
    [InlineData("a\0b")]
    [InlineData("")]
    public void NeverWritesOutsideTheOutputFolder(string relativePath)
    {
        Assert.Throws<InvalidOperationException>(() => OutputWriter.SafeCombine("/tmp/out", relativePath));
    }

    [Fact]
    public void RemovesFoldersLeftByKilledBuilds()
    {
        using var site = new TempSite().WithHome();
        var stale = Path.Combine(site.Root, ".output.building-999999-0123456789abcdef");
        Directory.CreateDirectory(stale);

        site.Run("build");

        Assert.False(Directory.Exists(stale));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
