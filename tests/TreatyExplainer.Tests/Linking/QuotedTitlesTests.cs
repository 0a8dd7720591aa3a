using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

/// <summary>A cited work's quoted title is its words, not running text; and an editor can keep any words from linking.</summary>
public sealed class QuotedTitlesTests
{
    private static readonly (string, string) Abe = ("input/people/shinzo-abe.md", Entries.Person("Shinzo Abe", aliases: "[Abe]"));
    private static readonly (string, string) Putin = ("input/people/vladimir-putin.md", Entries.Person("Vladimir Putin", aliases: "[Putin]"));

    private static readonly (string, string) Report = ("seeds/kyodo-2016-04-15.md",
        "---\ntitle: Kyodo report\nkind: source\nsummary: A report.\noutlet: Kyodo News\npublished: 2016-04-15\n"
        + "headline: \"Japan, Russia agree to plan Abe talks with Putin in Russia\"\n---\nA report.\n");

    [Theory]
    [InlineData("Kyodo, \"Japan, Russia agree to plan Abe talks with Putin in Russia\", 15 April 2016.")]
    [InlineData("Kyodo, “Japan, Russia agree to plan Abe talks with Putin in Russia,” 15 April 2016.")]
    public void NoLinkInsideAQuotedHeadlineOfACitedSource(string body) =>
        Assert.DoesNotContain("class=\"mention\"", LinkHarness.LinkBody(body, Abe, Putin, Report));

    [Fact]
    public void NameAfterAQuotedHeadlineIsStillLinked()
    {
        var html = LinkHarness.LinkBody("Kyodo, \"Japan, Russia agree to plan Abe talks with Putin in Russia\". Abe flew in.", Abe, Putin, Report);

        Assert.Contains("<a href=\"/people/shinzo-abe/\" class=\"mention\">Abe</a> flew in.", html);
    }

    [Fact]
    public void QuotedWordsThatAreNoKnownTitleAreLinked() =>
        Assert.Contains("class=\"mention\">Abe</a>", LinkHarness.LinkBody("He said \"Abe will come\".", Abe, Report));

    [Fact]
    public void HeadlineWithoutQuotationMarksIsRunningText() =>
        Assert.Contains("class=\"mention\">Abe</a>", LinkHarness.LinkBody("Japan, Russia agree to plan Abe talks with Putin in Russia.", Abe, Report));

    [Fact]
    public void NoLinkSpanKeepsItsWordsFromLinking()
    {
        var html = LinkHarness.LinkBody("The book ::Abe and Putin:: appeared. Putin read it.", Abe, Putin);

        Assert.Contains("<span>Abe and Putin</span>", html);
        Assert.Contains("<a href=\"/people/vladimir-putin/\" class=\"mention\">Putin</a> read it.", html);
        Assert.DoesNotContain("/people/shinzo-abe/", html);
    }

    [Fact]
    public void ExplicitLinkInsideANoLinkSpanStillCountsAsTheEntrysLink()
    {
        var html = LinkHarness.LinkBody("::See [him](xref:shinzo-abe)::. Abe came.", Abe);

        Assert.DoesNotContain("class=\"mention\"", html);
    }
}
