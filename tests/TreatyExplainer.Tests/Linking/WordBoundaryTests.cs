using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

/// <summary>A name links only as a whole word as the reader sees it: inline markup does not end a word.</summary>
public sealed class WordBoundaryTests
{
    private static readonly (string, string) Foo = ("input/terms/foo.md", Entries.Glossary("foo", "term", "A term."));
    private static readonly (string, string) Bar = ("input/terms/bar.md", Entries.Glossary("bar", "term", "A term."));
    private static readonly (string, string) Abe = ("input/people/shinzo-abe.md", Entries.Person("Shinzo Abe", aliases: "[Abe]"));
    private static readonly (string, string) Kuril = ("input/islands/kuril-islands.md", Entries.Island("Kuril Islands", aliases: "[Kuril]"));

    [Fact]
    public void WordContinuesIntoEmphasis() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("foo*bar*", Foo, Bar));

    [Fact]
    public void WordContinuesIntoStrongEmphasis() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("The town of Kuril**sk** lies on Iturup.", Kuril));

    [Fact]
    public void WordContinuesIntoCode() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("foo`bar` and `bar`foo", Foo));

    [Fact]
    public void WordContinuesIntoAnAutolink() =>
        Assert.DoesNotContain("<a href=\"/terms/foo/\"", LinkHarness.LinkBody("[foo<https://example.org/>", Foo));

    [Fact]
    public void WordContinuesIntoALinksText() =>
        Assert.DoesNotContain("class=\"mention\"", LinkHarness.LinkBody("foo[bar](https://example.org/)", Foo));

    [Fact]
    public void WordContinuesOutOfEmphasis() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("*Abe*s plan", Abe));

    [Fact]
    public void PunctuationAfterEmphasisSeparatesTheName() =>
        Assert.Equal("<p><em><a href=\"/people/shinzo-abe/\" class=\"mention\">Abe</a></em>’s plan</p>", LinkHarness.LinkBody("*Abe*'s plan", Abe));

    [Fact]
    public void ApostropheBeforeAsterisksSeparatesTheName() =>
        // "*'s*" after a letter opens no emphasis (CommonMark's flanking rules): the apostrophe is what follows "Abe".
        Assert.Contains("class=\"mention\">Abe</a>*’s* plan", LinkHarness.LinkBody("Abe*'s* plan", Abe));

    [Fact]
    public void WhitespaceBeforeEmphasisSeparatesTheName() =>
        Assert.Contains(">foo</a> <em>bar</em>", LinkHarness.LinkBody("foo *bar*", Foo));

    [Fact]
    public void NameFillingAnEmphasisIsLinked() =>
        Assert.Contains("<strong><a href=\"/terms/foo/\" class=\"mention\">foo</a></strong>.", LinkHarness.LinkBody("**foo**.", Foo));

    [Fact]
    public void CjkNameNeedsNoBoundaryAcrossMarkup()
    {
        var iturup = ("input/islands/iturup.md", Entries.Island("Iturup", aliases: "[択捉島]"));

        Assert.Contains("class=\"mention\">択捉島</a>", LinkHarness.LinkBody("北方領土の*択捉島*は大きい。", iturup));
    }
}
