using TreatyExplainer.Cli;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

/// <summary><c>--strict</c>: warnings fail the build unless the committed baseline accepts them, and the baseline only shrinks.</summary>
public sealed class StrictTests
{
    private const string Unlinked = "input/terms/kono.md: TE060: no other page mentions 'Kono'; mention it somewhere or add an alias";
    private const string Short = "input/terms/kono.md: TE061: the body has 2 words; a glossary entry needs at least 150";

    // With a host, so the only warnings are the two the site is made to have (no TE140 for a missing base URL).
    private static readonly string[] WithHost = ["--base-url", "https://treaty.example/"];

    private static TempSite SiteWithTwoWarnings()
    {
        var site = new TempSite().WithHome();
        site.Write("input/terms/kono.md", "---\ntitle: Kono\nkind: term\nsummary: A name.\n---\nShort body.\n");
        return site;
    }

    [Fact]
    public void WithoutStrictWarningsPass()
    {
        using var site = SiteWithTwoWarnings();

        var (code, output, error) = site.Run(["check", .. WithHost]);

        Assert.True(code == 0, error);
        Assert.Contains("2 warning(s)", output);
    }

    [Theory]
    [InlineData("check", "--strict")]
    [InlineData("check", "--warnings-as-errors")]
    [InlineData("build", "--strict")]
    public void StrictFailsOnAWarningAndWritesNothing(string command, string flag)
    {
        using var site = SiteWithTwoWarnings();

        var (code, _, error) = site.Run(command, flag);

        Assert.Equal(1, code);
        Assert.Contains("input/terms/kono.md:6:1: error TE061: the body has 2 words", error);
        Assert.Contains("[--strict: a warning not accepted in .ci/known-warnings.txt]", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void BaselineAcceptsTheWarningsItLists()
    {
        using var site = SiteWithTwoWarnings();
        site.Write(".ci/known-warnings.txt", $"# accepted until the term is written\n\n{Unlinked}\n{Short}\n");

        var (code, output, error) = site.Run(["build", "--strict", .. WithHost]);

        Assert.True(code == 0, error);
        Assert.Contains("2 warning(s)", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void BaselineStillFailsOnAWarningItDoesNotList()
    {
        using var site = SiteWithTwoWarnings();
        site.Write(".ci/known-warnings.txt", Unlinked + "\n");

        var (code, _, error) = site.Run("check", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("error TE061", error);
        Assert.Contains("warning TE060", error);
    }

    [Fact]
    public void BaselineLineThatNoLongerOccursFailsNamingTheLineToDelete()
    {
        using var site = SiteWithTwoWarnings();
        site.Write(".ci/known-warnings.txt", $"# header\n{Unlinked}\n{Short}\ninput/gone.md: TE061: the body has 3 words; a glossary entry needs at least 150\n");

        var (code, _, error) = site.Run("check", "--strict");

        Assert.Equal(1, code);
        Assert.Contains(".ci/known-warnings.txt:4:1: error TE086: this accepted warning no longer occurs; delete the line: input/gone.md: TE061", error);
        Assert.DoesNotContain(".ci/known-warnings.txt:2:", error);
    }

    [Fact]
    public void BaselineOptionReadsTheGivenFile()
    {
        using var site = SiteWithTwoWarnings();
        var baseline = site.Write("elsewhere.txt", $"{Unlinked}\n{Short}\n");

        var (code, _, error) = site.Run(["check", "--strict", "--baseline", baseline, .. WithHost]);

        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("--strict", "--baseline", "missing.txt")]
    [InlineData("--baseline", "elsewhere.txt")]
    [InlineData("--strict=yes")]
    public void MisusedStrictOptionsAreUsageErrors(params string[] options)
    {
        using var site = SiteWithTwoWarnings();
        site.Write("elsewhere.txt", "");

        var (code, _, _) = site.Run(["check", .. options]);

        Assert.Equal(2, code);
    }

    [Fact]
    public void RealSitePassesStrictAgainstItsCommittedBaseline()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = App.Run(["check", "--strict", "--root", Repo.Root], output, error, githubActions: false);

        Assert.True(File.Exists(Path.Combine(Repo.Root, ".ci", "known-warnings.txt")));
        Assert.True(code == 0, error.ToString());
    }
}
