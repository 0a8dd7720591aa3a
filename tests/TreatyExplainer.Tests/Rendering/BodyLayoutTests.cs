using TreatyExplainer.Rendering;
using TreatyExplainer.Site;

namespace TreatyExplainer.Tests.Rendering;

public sealed class BodyLayoutTests
{
    private static readonly PageSection Japan = new("japans-position", "Japan's position");
    private static readonly PageSection Russia = new("russias-position", "Russia's position");
    private static readonly PageSection After = new("after", "After 2022");

    [Fact]
    public void WrapsTheTwoPositionsEachInItsOwnColumnAndStopsAtTheNextSection()
    {
        const string html = "<p>Intro.</p>\n<h2 id=\"japans-position\">Japan's position</h2>\n<p>J.</p>\n<h2 id=\"russias-position\">Russia's position</h2>\n<p>R.</p>\n<h2 id=\"after\">After 2022</h2>\n<p>A.</p>\n";

        var wrapped = BodyLayout.WrapPositions(html, [Japan, Russia, After]);

        Assert.Equal("<p>Intro.</p>\n<div class=\"positions\">\n<div class=\"position\">\n<h2 id=\"japans-position\">Japan's position</h2>\n<p>J.</p>\n</div>\n<div class=\"position\">\n<h2 id=\"russias-position\">Russia's position</h2>\n<p>R.</p>\n</div>\n</div>\n<h2 id=\"after\">After 2022</h2>\n<p>A.</p>\n", wrapped);
    }

    [Fact]
    public void PositionsAtTheEndRunToTheEndOfTheBody()
    {
        const string html = "<h2 id=\"russias-position\">Russia's position</h2>\n<p>R.</p>\n<h2 id=\"japans-position\">Japan's position</h2>\n<p>J.</p>\n";

        var wrapped = BodyLayout.WrapPositions(html, [Russia, Japan]);

        Assert.StartsWith("<div class=\"positions\">\n<div class=\"position\">\n<h2 id=\"russias-position\">", wrapped);
        Assert.EndsWith("<p>J.</p>\n</div>\n</div>\n", wrapped);
    }

    [Fact]
    public void PositionsWithASectionBetweenThemStayAsTheyAre()
    {
        const string html = "<h2 id=\"japans-position\">Japan's position</h2>\n<p>J.</p>\n<h2 id=\"after\">After 2022</h2>\n<p>A.</p>\n<h2 id=\"russias-position\">Russia's position</h2>\n<p>R.</p>\n";

        Assert.Equal(html, BodyLayout.WrapPositions(html, [Japan, After, Russia]));
    }

    [Fact]
    public void LedeIsTheFirstParagraph()
    {
        var (lede, rest) = BodyLayout.SplitLede("<p>First &lt;p&gt; words.</p>\n<p>Second.</p>\n");

        Assert.Equal("<p>First &lt;p&gt; words.</p>\n", lede);
        Assert.Equal("<p>Second.</p>\n", rest);
    }

    [Fact]
    public void BodyThatOpensWithAHeadingHasNoLede()
    {
        var (lede, rest) = BodyLayout.SplitLede("<h2 id=\"a\">A</h2>\n<p>Text.</p>\n");

        Assert.Equal("", lede);
        Assert.Equal("<h2 id=\"a\">A</h2>\n<p>Text.</p>\n", rest);
    }
}
