using Markdig;
using TreatyExplainer.Content;
using TreatyExplainer.Linking;

namespace TreatyExplainer.Tests.Linking;

public sealed class SectionHeadingsTests
{
    private static IReadOnlyList<(string Id, string Title)> Of(string markdown) =>
        [.. SectionHeadings.Of(Markdown.Parse(markdown, MarkdownSetup.Pipeline)).Select(s => (s.Id, s.Title))];

    [Fact]
    public void ListsLevelTwoHeadingsWithTheIdsTheRendererGivesThem()
    {
        var sections = Of("Intro.\n\n## Size and setting\n\nText.\n\n### Detail\n\n## Japan's position\n\nMore.\n");

        Assert.Equal([("size-and-setting", "Size and setting"), ("japans-position", "Japan’s position")], sections);
    }

    [Fact]
    public void TitleIsTheHeadingsTextWithoutMarkup()
    {
        var sections = Of("## The *1956* [declaration](xref:joint-declaration-1956)\n");

        Assert.Equal("The 1956 declaration", Assert.Single(sections).Title);
    }

    [Fact]
    public void EntitiesInAHeadingAreTheCharactersTheyStandFor()
    {
        var sections = Of("## Trade &amp; fishing &#8212; 1998\n");

        Assert.Equal("Trade & fishing — 1998", Assert.Single(sections).Title);
    }

    [Fact]
    public void HeadingInsideAQuotationIsNoSection()
    {
        Assert.Empty(Of("> ## Quoted heading\n>\n> Quoted text.\n"));
    }

    [Fact]
    public void RepeatedHeadingsKeepTheirDistinctIds()
    {
        var sections = Of("## Notes\n\nA.\n\n## Notes\n\nB.\n");

        Assert.Equal(["notes", "notes-1"], sections.Select(s => s.Id));
    }
}
