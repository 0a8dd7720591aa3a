using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Checks;

/// <summary>
/// The checker's fast path (the scanner) and its reference (AngleSharp on every page) give a build the same
/// diagnostics and the same files, on clean sites and on sites with every kind of page problem.
/// </summary>
public sealed class SiteCheckerTests
{
    [Theory]
    [InlineData("See [nowhere](/nowhere/).", "TE040")]
    [InlineData("## Real heading\n\nSee [below](#no-such-heading).", "TE041")]
    [InlineData("# Another title\n\nText.", "TE044")]
    [InlineData("See [about](/about/#no-such-heading) and [about](/about/#about-heading).", "TE041")]
    [InlineData("See [a file](/assets/missing.css) and [outside](../../../../x).", "TE040")]
    [InlineData("## Same\n\nA.\n\n## Same\n\nB.", null)]
    [InlineData("Plain text, [a link](/about/) and AT&T, © 2026.", null)]
    public void ScannerAndParserReportTheSameProblems(string body, string? code)
    {
        using var site = new TempSite().WithHome(body);
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\n## About heading\n\nAbout.\n");

        var diagnostics = AssertSameBuild(BuildOptions.Resolve(site.Root));

        Assert.Equal(code is not null, diagnostics.Any(d => d.Code == code && d.IsError));
    }

    [Fact]
    public void ScannerAndParserReportTheSameProblemsInTheThemesMarkup()
    {
        using var site = new TempSite().WithHome();
        var layout = Path.Combine(site.Root, "theme", "layouts", "page.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p>unclosed <div id=\"main-content\">x</div></p><a href=\"/nowhere/\">x</a>");

        var diagnostics = AssertSameBuild(BuildOptions.Resolve(site.Root));

        Assert.Contains(diagnostics, d => d.Code == "TE045");
        Assert.Contains(diagnostics, d => d.Code == "TE042");
        Assert.Contains(diagnostics, d => d.Code == "TE040");
    }

    [Fact]
    public void ScannerAndParserGiveTheSameRealSite() =>
        AssertSameBuild(BuildOptions.Resolve(Repo.Root) with { Today = new DateOnly(2026, 12, 1) });

    [Fact]
    public void ScannerAndParserGiveTheSameFixtureSite() =>
        AssertSameBuild(BuildOptions.Resolve(Path.Combine(Repo.Fixtures, "site"), theme: Repo.Theme) with { Today = new DateOnly(2026, 12, 1) });

    private static IReadOnlyList<TreatyExplainer.Diagnostics.Diagnostic> AssertSameBuild(BuildOptions options)
    {
        var fast = new SitePipeline(options with { GitDates = false }).Run(OutputMode.Memory);
        var parsed = new SitePipeline(options with { GitDates = false, ParseEveryPage = true }).Run(OutputMode.Memory);

        Assert.Equal(parsed.Diagnostics, fast.Diagnostics);
        Assert.Equal(parsed.Files.Select(f => f.RelativePath), fast.Files.Select(f => f.RelativePath));
        return fast.Diagnostics;
    }
}
