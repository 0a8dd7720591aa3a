using TreatyExplainer.Content;
using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

public sealed class PlainTypographyTests
{
    [Theory]
    [InlineData("Putin's 2000 visit", "Putin’s 2000 visit")]
    [InlineData("What 'two islands plus alpha' means, and the islands' status", "What ‘two islands plus alpha’ means, and the islands’ status")]
    [InlineData("A \"creative partnership\" -- signed... in 1998", "A “creative partnership” – signed… in 1998")]
    [InlineData("\"Vexing\" (\"and regrettable\")", "“Vexing” (“and regrettable”)")]
    [InlineData("Kunashir (Kunashiri), 1–2 November", "Kunashir (Kunashiri), 1–2 November")]
    public void FrontMatterTextGetsTheBodysPunctuation(string written, string shown) =>
        Assert.Equal(shown, PlainTypography.Apply(written));

    [Fact]
    public void TitleAndSummaryAreSetAndTheTitleStillLinksInTheText()
    {
        var visit = ("input/events/putin-visit.md",
            "---\ntitle: \"Putin's visit\"\nkind: event\ndate: 2000-09-03\nsummary: \"The 'first' visit.\"\naliases: []\n---\nA visit.\n");
        var harness = new LinkHarness().Add(visit.Item1, visit.Item2).Add("input/page.md", "---\ntitle: A page\nkind: page\n---\nAfter Putin's visit, talks resumed.\n");

        var (html, _, _, index) = harness.Link("input/page.md");

        var entry = index.Entries.Single(e => e.Id == "putin-visit");
        Assert.Equal("Putin’s visit", entry.Title);
        Assert.Equal("The ‘first’ visit.", entry.Meta.Summary);
        Assert.Contains("class=\"mention\">Putin’s visit</a>", html);
        Assert.Equal(SearchIndex.Fold("Putin's visit"), SearchIndex.Fold(entry.Title));
    }
}
