using TreatyExplainer.Cli;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

public sealed class AppTests
{
    [Fact]
    public void BuildWritesPagesAndSaysWhatItDidOnTheLastLine()
    {
        using var site = new TempSite().WithHome();

        var (code, output, _) = site.Run("build", "--base-url", "https://treaty.example/");

        Assert.Equal(0, code);
        Assert.Matches(@"^Wrote \d+ pages \(\d+ files written, \d+ removed\) with \d+ links, 0 warning\(s\), in \d+ ms\.$", output.Trim().Split('\n')[^1]);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Theory]
    [InlineData("build", "--help")]
    [InlineData("serve", "-h")]
    [InlineData("report", "--json", "--help")]
    public void HelpAfterACommandPrintsTheUsageAndBuildsNothing(string command, params string[] rest)
    {
        using var site = new TempSite().WithHome();

        var (code, output, error) = site.Run([command, .. rest]);

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: TreatyExplainer <command> [options]", output);
        Assert.Empty(error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void CheckWritesNothing()
    {
        using var site = new TempSite().WithHome();

        var (code, output, _) = site.Run("check");

        Assert.Equal(0, code);
        Assert.StartsWith("Checked ", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void FailedCheckDoesNotClaimToHaveSkippedWriting()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/a.md", "---\ntitle: A\nkind: nope\n---\n");

        var (code, _, error) = site.Run("check", "--base-url", "https://treaty.example/");

        Assert.Equal(1, code);
        Assert.Matches(@"^Check failed: 1 error\(s\), 0 warning\(s\) \(\d+ ms\)\.$", error.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("written", error);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("")]
    public void UnknownCommandIsAUsageError(string command)
    {
        var error = new StringWriter();

        var code = App.Run(command.Length == 0 ? [] : [command], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error.ToString());
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("build", "--colour", "red");

        Assert.Equal(2, code);
        Assert.Contains("unknown option '--colour'", error);
    }

    [Fact]
    public void MissingFolderIsAUsageError()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("build", "--input", Path.Combine(site.Root, "nope"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void BadBaseUrlIsAUsageError()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("build", "--base-url", "javascript:alert(1)");

        Assert.Equal(2, code);
        Assert.Contains("--base-url", error);
    }

    [Fact]
    public void ReportsEveryErrorNotJustTheFirst()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/a.md", "---\ntitle: A\nkind: page\ncolour: red\n---\n");
        site.Write("input/b.md", "---\ntitle: B\nkind: nope\n---\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/a.md:4:1: error TE004", error);
        Assert.Contains("input/b.md:3:7: error TE007", error);
    }

    [Fact]
    public void GitHubActionsGetsAnnotations()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/a.md", "---\ntitle: A\nkind: page\ncolour: red\n---\n");
        var error = new StringWriter();

        var code = App.Run(["check", "--root", site.Root], new StringWriter(), error, githubActions: true);

        Assert.Equal(1, code);
        Assert.Contains("::error file=input/a.md,line=4,col=1::TE004: unknown key 'colour'", error.ToString());
    }

    [Fact]
    public void OptionsAcceptTheEqualsForm()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("check", $"--root={site.Root}", "--base-url=https://example.org/");

        Assert.True(code == 0, error);
    }
}
