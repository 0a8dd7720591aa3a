using TreatyExplainer.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

public sealed class MentionLinkerTests
{
    private static readonly (string, string) Lavrov = ("input/people/sergey-lavrov.md", Entries.Person("Sergey Lavrov", aliases: "[Lavrov, Сергей Лавров]"));
    private static readonly (string, string) Abe = ("input/people/shinzo-abe.md", Entries.Person("Shinzo Abe", aliases: "[Abe]"));

    [Fact]
    public void FirstMentionOnlyIsLinked()
    {
        var html = LinkHarness.LinkBody("Lavrov spoke. Later Lavrov left.\n\nLavrov again.", Lavrov);

        Assert.Equal(1, Count(html, "<a "));
        Assert.StartsWith("<p><a href=\"/people/sergey-lavrov/\" class=\"mention\">Lavrov</a> spoke. Later Lavrov left.</p>", html);
    }

    [Fact]
    public void LongestMatchWins()
    {
        var declaration = ("input/treaties/joint-declaration-1956.md", Entries.Treaty("Soviet-Japanese Joint Declaration", aliases: "[1956 Joint Declaration]"));
        var joint = ("input/terms/joint-declaration.md", Entries.Glossary("Joint Declaration", "term", "A term."));

        var html = LinkHarness.LinkBody("The 1956 Joint Declaration matters.", declaration, joint);

        Assert.Contains("<a href=\"/treaties/joint-declaration-1956/\" class=\"mention\">1956 Joint Declaration</a>", html);
        Assert.DoesNotContain("/terms/joint-declaration/", html);
    }

    [Fact]
    public void LongerAliasBeatsItsOwnPrefix()
    {
        var habomai = ("input/islands/habomai.md", Entries.Island("Habomai islets", aliases: "[Habomai]"));

        var html = LinkHarness.LinkBody("The Habomai islets lie close.", habomai);

        Assert.Contains(">Habomai islets</a>", html);
    }

    [Fact]
    public void MatchesWholeWordsOnly()
    {
        var kuril = ("input/islands/kuril-islands.md", Entries.Island("Kuril Islands", aliases: "[Kuril]"));

        var html = LinkHarness.LinkBody("The town of Kurilsk is on Iturup.", kuril);

        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void PossessiveLinksTheName()
    {
        var html = LinkHarness.LinkBody("Abe's plan was new.", Abe);

        Assert.Contains("<a href=\"/people/shinzo-abe/\" class=\"mention\">Abe</a>’s plan", html);
    }

    [Fact]
    public void CyrillicAliasKeepsWordBoundaries()
    {
        var iturup = ("input/islands/iturup.md", Entries.Island("Iturup", aliases: "[Итуруп]"));

        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("Итурупский район.", iturup));
        Assert.Contains(">Итуруп</a>", LinkHarness.LinkBody("Остров Итуруп.", iturup));
    }

    [Fact]
    public void CjkAliasMatchesInTextWithoutSpaces()
    {
        var iturup = ("input/islands/iturup.md", Entries.Island("Iturup", aliases: "[択捉島]"));

        var html = LinkHarness.LinkBody("北方領土の択捉島は大きい。", iturup);

        Assert.Contains("の<a href=\"/islands/iturup/\" class=\"mention\">択捉島</a>は", html);
    }

    [Fact]
    public void DoesNotLinkInsideHeadings()
    {
        var html = LinkHarness.LinkBody("## Lavrov in Tokyo\n\nText.", Lavrov);

        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void DoesNotLinkInsideExistingLinks()
    {
        var html = LinkHarness.LinkBody("See [what Lavrov said](https://example.org/).", Lavrov);

        Assert.Equal(1, Count(html, "<a "));
        Assert.Contains("<a href=\"https://example.org/\">what Lavrov said</a>", html);
    }

    [Fact]
    public void DoesNotLinkInsideCode()
    {
        var html = LinkHarness.LinkBody("Write `Lavrov` here.\n\n```\nLavrov\n```", Lavrov);

        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void PageDoesNotLinkToItself()
    {
        var harness = new LinkHarness().Add(Lavrov.Item1, Entries.Person("Sergey Lavrov", "Lavrov is the minister.", "[Lavrov]"));

        var (html, _, _, _) = harness.Link(Lavrov.Item1);

        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void MatchingIsCaseSensitiveByDefault()
    {
        var html = LinkHarness.LinkBody("The word abe is not a name.", Abe);

        Assert.DoesNotContain("<a ", html);
    }

    [Fact]
    public void AliasMayOptOutOfCaseSensitivity()
    {
        var treaty = ("input/terms/peace-treaty.md", Entries.Glossary("peace treaty", "term", "A term.", "[{ name: peace treaty, ignore_case: true }]"));

        var html = LinkHarness.LinkBody("A Peace Treaty was never signed.", treaty);

        Assert.Contains(">Peace Treaty</a>", html);
    }

    [Fact]
    public void NameWrappedAcrossLinesIsLinked()
    {
        var html = LinkHarness.LinkBody("Minister Sergey\nLavrov arrived.", Lavrov);

        Assert.Contains("class=\"mention\">Sergey\nLavrov</a>", html);
    }

    [Fact]
    public void LinksInsideEmphasis()
    {
        var html = LinkHarness.LinkBody("*Lavrov* spoke.", Lavrov);

        Assert.Contains("<em><a href=\"/people/sergey-lavrov/\" class=\"mention\">Lavrov</a></em>", html);
    }

    [Fact]
    public void XrefLinkResolvesToTheEntry()
    {
        var html = LinkHarness.LinkBody("Ask [the minister](xref:sergey-lavrov).", Lavrov);

        Assert.Contains("<a href=\"/people/sergey-lavrov/\">the minister</a>", html);
    }

    [Fact]
    public void UnknownXrefIsAnErrorAtItsLine()
    {
        var harness = new LinkHarness().Add("input/page.md", "---\ntitle: P\nkind: page\n---\nLine one.\n\nSee [him](xref:nobody).\n");

        var (_, _, diagnostics, _) = harness.Link("input/page.md");

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownXref, 7, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("nobody", error.Message);
    }

    [Fact]
    public void AliasClaimedByTwoEntriesIsAnErrorNamingBothFiles()
    {
        var harness = new LinkHarness()
            .Add("input/people/taro-kono.md", Entries.Person("Taro Kono", aliases: "[Kono]"))
            .Add("input/people/yohei-kono.md", Entries.Person("Yohei Kono", aliases: "[Kono]"))
            .Add("input/page.md", "---\ntitle: P\nkind: page\n---\nText.\n");

        var (_, _, diagnostics, _) = harness.Link("input/page.md");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateAlias, error.Code);
        Assert.Equal("input/people/yohei-kono.md", error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains("input/people/taro-kono.md", error.Message);
        Assert.Contains("input/people/yohei-kono.md", error.Message);
    }

    [Fact]
    public void MentionRecordsTheWordsAroundIt()
    {
        var harness = new LinkHarness().Add(Lavrov.Item1, Lavrov.Item2)
            .Add("input/page.md", "---\ntitle: P\nkind: page\n---\nIn Tokyo, Lavrov met **Kishida** on Friday.\n");

        var (_, page, _, _) = harness.Link("input/page.md");

        var mention = Assert.Single(page.Mentions);
        Assert.Equal(("In Tokyo, ", "Lavrov", " met Kishida on Friday."), (mention.Before, mention.Text, mention.After));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox")]
    public void UnsafeLinkSchemesAreErrors(string url)
    {
        var harness = new LinkHarness().Add("input/page.md", $"---\ntitle: P\nkind: page\n---\n[click](<{url}>)\n");

        var (html, _, diagnostics, _) = harness.Link("input/page.md");

        Assert.Equal(DiagnosticCodes.UnsafeLink, Assert.Single(diagnostics).Code);
        Assert.DoesNotContain(url, html, StringComparison.OrdinalIgnoreCase);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
