using AngleSharp.Html.Parser;
using TreatyExplainer.Content;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Snapshots;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.EndToEnd;

/// <summary>The real site from seeds/ and input/: it builds cleanly, keeps the editorial rules, and its key pages are snapshotted.</summary>
public sealed class RealSiteTests
{
    private static readonly Lazy<BuildResult> Site = new(() =>
        new SitePipeline(BuildOptions.Resolve(Repo.Root) with { GitDates = false, Today = new DateOnly(2026, 12, 1) }).Run(write: false));

    [Fact]
    public void BuildsWithNoErrorsAndOnlyTheWarningThatItHasNoBaseUrl() =>
        Assert.Equal([TreatyExplainer.Diagnostics.DiagnosticCodes.NoBaseUrl], Site.Value.Diagnostics.Select(d => d.Code));

    [Fact]
    public void SourcePageLinksItsFirstLavrovOutsideTheQuotedForumTitleOnly()
    {
        var document = new HtmlParser().ParseDocument(Site.Value.Text("sources/kyodo-2016-04-15/index.html")!);
        var body = document.QuerySelector(".body")!;

        var links = body.QuerySelectorAll("a").Where(a => a.TextContent.Contains("Lavrov", StringComparison.Ordinal)).ToList();

        var link = Assert.Single(links);
        Assert.Equal("/people/sergey-lavrov/", link.GetAttribute("href"));
        // The forum thread's title, "::Lavrov's visit to Japan::" in the source, is a cited work's words: not linked.
        const string title = "Lavrov’s visit to Japan";
        Assert.Contains(title, body.TextContent);
        var firstMention = body.TextContent.IndexOf("Lavrov", body.TextContent.IndexOf(title, StringComparison.Ordinal) + title.Length, StringComparison.Ordinal);
        var linkedAt = body.TextContent.IndexOf(link.TextContent, StringComparison.Ordinal);
        Assert.Equal(firstMention, linkedAt + link.TextContent.IndexOf("Lavrov", StringComparison.Ordinal));
    }

    [Fact]
    public void WritesThePagesTheIssueNames()
    {
        string[] expected =
        [
            "index.html", "islands/iturup/index.html", "islands/kunashir/index.html", "islands/shikotan/index.html",
            "islands/habomai/index.html", "people/fumio-kishida/index.html", "people/sergey-lavrov/index.html",
            "people/shinzo-abe/index.html", "people/vladimir-putin/index.html",
            "treaties/san-francisco-peace-treaty/index.html", "treaties/joint-declaration-1956/index.html",
        ];
        foreach (var path in expected) Assert.NotNull(Site.Value.Text(path));
    }

    [Fact]
    public void EverySourceDocumentHasAPage()
    {
        var seeds = Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.md").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(seeds.Count >= 7, $"one document per report: 5 scraped pages, seed 001 holding three reports; found {seeds.Count}");
        foreach (var id in seeds) Assert.NotNull(Site.Value.Text($"sources/{id}/index.html"));
    }

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("iturup", "islands/iturup/index.html")]
    [InlineData("lavrov", "people/sergey-lavrov/index.html")]
    [InlineData("joint-declaration", "treaties/joint-declaration-1956/index.html")]
    [InlineData("kyodo", "sources/kyodo-2016-04-15/index.html")]
    [InlineData("timeline", "timeline/index.html")]
    public void KeyPageMatchesSnapshot(string name, string path) =>
        Snapshot.Verify(Site.Value.Text(path)!, name);
}
