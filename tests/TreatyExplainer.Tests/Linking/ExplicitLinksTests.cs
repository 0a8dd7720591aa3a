using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

/// <summary>
/// Wikipedia links an entry's first occurrence. An explicit link is that entry's link from where it stands on:
/// before the first plain mention it is the page's link; after it, it changes nothing.
/// </summary>
public sealed class ExplicitLinksTests
{
    private static readonly (string, string) Declaration =
        ("input/treaties/joint-declaration-1956.md", Entries.Treaty("Soviet-Japanese Joint Declaration", aliases: "[1956 Joint Declaration]"));

    [Fact]
    public void ExplicitLinkLaterOnThePageDoesNotStopTheFirstMentionFromLinking()
    {
        var html = LinkHarness.LinkBody(
            "The 1956 Joint Declaration was signed in Moscow.\n\nSee also [the text](xref:joint-declaration-1956).", Declaration);

        Assert.StartsWith("<p>The <a href=\"/treaties/joint-declaration-1956/\" class=\"mention\">1956 Joint Declaration</a> was signed", html);
    }

    [Fact]
    public void ExplicitLinkLaterInTheSameParagraphDoesNotStopTheFirstMentionFromLinking()
    {
        var html = LinkHarness.LinkBody("The 1956 Joint Declaration, [its text](xref:joint-declaration-1956).", Declaration);

        Assert.Contains("class=\"mention\">1956 Joint Declaration</a>", html);
    }

    [Fact]
    public void ExplicitLinkBeforeTheFirstMentionIsThePagesLink()
    {
        var html = LinkHarness.LinkBody("Read [the declaration](xref:joint-declaration-1956). The 1956 Joint Declaration matters.", Declaration);

        Assert.DoesNotContain("class=\"mention\"", html);
    }

    [Fact]
    public void ExplicitLinkInAnEarlierHeadingIsThePagesLink()
    {
        var html = LinkHarness.LinkBody("## About [the declaration](xref:joint-declaration-1956)\n\nThe 1956 Joint Declaration matters.", Declaration);

        Assert.DoesNotContain("class=\"mention\"", html);
    }

    [Fact]
    public void HandWrittenLinkToAnEntrysUrlBeforeTheFirstMentionIsThePagesLink()
    {
        var html = LinkHarness.LinkBody("Read [it](/treaties/joint-declaration-1956/). The 1956 Joint Declaration matters.", Declaration);

        Assert.DoesNotContain("class=\"mention\"", html);
    }

    [Fact]
    public void MentionsAfterTheFirstStayPlainWhateverLinksFollow()
    {
        var html = LinkHarness.LinkBody(
            "The 1956 Joint Declaration. Again the 1956 Joint Declaration. [Text](xref:joint-declaration-1956).", Declaration);

        Assert.Single(html.Split("class=\"mention\"")[1..]);
    }
}
