using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Output;

/// <summary>Whatever a file name or redirect_from holds, nothing is written outside the output folder.</summary>
public sealed class PathSafetyTests
{
    [Theory]
    [InlineData("x..%2F..%2Fescape")]
    [InlineData("%2e%2e")]
    [InlineData("a..b")]
    [InlineData("UPPER")]
    [InlineData("back\\slash")]
    [InlineData("sp ace")]
    public void FileNameThatIsNotAPlainIdIsRefused(string name)
    {
        using var site = new TempSite().WithHome();
        site.Write($"input/{name}.md", "---\ntitle: X\nkind: page\n---\nText.\n");

        var (code, _, error) = site.Run("build");

        Assert.Equal(1, code);
        Assert.Contains("error TE010", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("/../../escape/")]
    [InlineData("/%2e%2e/escape/")]
    [InlineData("//evil.example/")]
    [InlineData("/a\\\\b/")]
    [InlineData("/etc/passwd")]
    [InlineData("relative/")]
    public void RedirectFromThatIsNotASitePathIsRefused(string path)
    {
        using var site = new TempSite();
        site.Write("input/index.md", $"---\ntitle: Home\nkind: page\nredirect_from: [\"{path}\"]\n---\nText.\n");

        var (code, _, error) = site.Run("build");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:4:", error);
        Assert.Contains("error TE024", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void NulInAFileNameCannotEvenReachTheDisk()
    {
        // The kernel refuses NUL in a path; the generator's own guard says the same for paths it builds.
        Assert.Throws<InvalidOperationException>(() => TreatyExplainer.Output.OutputWriter.SafeCombine("/tmp/out", "a\0/../../b"));
    }
}
