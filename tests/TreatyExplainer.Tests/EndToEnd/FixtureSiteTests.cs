using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Snapshots;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.EndToEnd;

/// <summary>Builds the small fixture site under Fixtures/site with the real theme, and snapshots one page of each kind.</summary>
public sealed class FixtureSiteTests
{
    private static readonly Lazy<BuildResult> Site = new(() =>
        new SitePipeline(BuildOptions.Resolve(Path.Combine(Repo.Fixtures, "site"), theme: Repo.Theme, baseUrl: "https://fixture.example/") with { GitDates = false, Today = new DateOnly(2026, 12, 1) })
            .Run(write: false));

    [Fact]
    public void BuildsWithoutErrors() =>
        Assert.True(Site.Value.Succeeded, string.Join("\n", Site.Value.Diagnostics));

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("island", "islands/shikotan/index.html")]
    [InlineData("person", "people/ivan-example/index.html")]
    [InlineData("treaty", "treaties/example-declaration/index.html")]
    [InlineData("term", "terms/two-islands-first/index.html")]
    [InlineData("event", "events/example-summit/index.html")]
    [InlineData("source", "sources/fixture-report/index.html")]
    [InlineData("timeline", "timeline/index.html")]
    [InlineData("listing", "islands/index.html")]
    [InlineData("reference", "references/example-joint-text/index.html")]
    [InlineData("references", "references/index.html")]
    public void PageMatchesSnapshot(string name, string path)
    {
        var html = Site.Value.Text(path);

        Assert.NotNull(html);
        Snapshot.Verify(html, name);
    }
}
