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
        var before = FolderManifest.Of(site.Output);

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\ntitel: typo\n---\nSecond version.\n");
        var (code, _, error) = site.Run("build");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:4:1: error TE004", error);
        Assert.Equal(before, FolderManifest.Of(site.Output));
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
        Assert.False(Directory.Exists(Path.Combine(site.Output, "about")));
    }

    [Fact]
    public void RefusesToReplaceAFolderItDidNotMake()
    {
        using var site = new TempSite().WithHome();
        site.Write("output/precious.txt", "keep me");

        var (code, _, error) = site.Run("build");

        Assert.Equal(2, code);
        Assert.Contains("not made by this tool", error);
        Assert.DoesNotContain("Usage:", error);
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
    public void HalfWrittenBackBufferIsRepairedByTheNextBuild()
    {
        using var site = new TempSite().WithHome("Version one.");
        site.Run("build");
        site.Run("build");
        var back = Path.Combine(site.Root, ".output.back");
        File.WriteAllText(Path.Combine(back, "index.html"), "truncated<");
        File.WriteAllText(Path.Combine(back, "stray.html"), "left by a killed build");

        site.Run("build");

        Assert.Contains("Version one.", site.ReadOutput("index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "stray.html")));
    }

    [Fact]
    public void UnchangedFilesAreNotRewritten()
    {
        using var site = new TempSite().WithHome("Same.");
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        var options = TreatyExplainer.Pipeline.BuildOptions.Resolve(site.Root);
        var files = new TreatyExplainer.Pipeline.SitePipeline(options).Run(write: false).Files;
        OutputWriter.Write(site.Output, files);
        OutputWriter.Write(site.Output, files);

        var stats = OutputWriter.Write(site.Output, [.. files.Where(f => f.RelativePath != "about/index.html")]);

        Assert.Equal((0, files.Count - 1, 1), (stats.Written, stats.Unchanged, stats.Deleted));
        Assert.False(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }
}
