using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Smart quotes, dashes and apostrophes, and the checks and links that read text after they are made.</summary>
public sealed class TypographyExtensionTests
{
    private static readonly (string, string) Japan = ("input/terms/japan.md", Entries.Glossary("Japan", "term", "A country."));
    private static readonly (string, string) PutinVisit = ("input/events/putin-visit.md", Entries.Glossary("Putin's visit", "event", "A visit.", extra: "date: 2000-09-03\n"));

    [Fact]
    public void StraightQuotesDashesAndDotsBecomeTypographic()
    {
        var html = LinkHarness.LinkBody("He said \"not now\" -- and 'perhaps later'... then---nothing.");

        Assert.Equal("<p>He said “not now” – and ‘perhaps later’… then—nothing.</p>", html);
    }

    [Fact]
    public void CodeSpansAndCodeBlocksKeepStraightQuotes()
    {
        var html = LinkHarness.LinkBody("Run `say \"it's\" -- now`.\n\n```\nJapan's \"x\" -- y...\n```");

        Assert.Contains("<code>say &quot;it's&quot; -- now</code>", html);
        Assert.Contains("<pre><code>Japan's &quot;x&quot; -- y...\n</code></pre>", html);
    }

    [Fact]
    public void CommentsAndTagsShownAsTextKeepTheirHyphensAndQuotes()
    {
        var html = LinkHarness.LinkBody("A <!-- note --> and <div id=\"a\"> then \"this\".");

        Assert.Equal("<p>A &lt;!-- note --&gt; and &lt;div id=&quot;a&quot;&gt; then “this”.</p>", html);
    }

    [Fact]
    public void ApostropheInsideOrAfterAWordIsTypographic()
    {
        var html = LinkHarness.LinkBody("Japan's claim, the islands' status and **Abe**'s visit. A ' alone stays.");

        Assert.Equal("<p>Japan’s claim, the islands’ status and <strong>Abe</strong>’s visit. A ' alone stays.</p>", html);
    }

    [Fact]
    public void NameBeforeATypographicApostropheIsLinked()
    {
        var html = LinkHarness.LinkBody("Japan's position.", Japan);

        Assert.Equal("<p><a href=\"/terms/japan/\" class=\"mention\">Japan</a>’s position.</p>", html);
    }

    [Fact]
    public void AliasWrittenWithAStraightApostropheMatchesTheTypographicText()
    {
        var html = LinkHarness.LinkBody("After Putin's visit, talks resumed.", PutinVisit);

        Assert.Contains("<a href=\"/events/putin-visit/\" class=\"mention\">Putin’s visit</a>", html);
    }

    [Fact]
    public void PlaceNamedInsideCurledQuotesKeepsItsWords()
    {
        var html = LinkHarness.LinkBody("He said \"Etorofu is ours\". Later Etorofu was named again.", Entries.Iturup);

        Assert.Contains("“<a href=\"/islands/iturup/\" class=\"mention\">Etorofu</a> is ours”", html);
        Assert.Single(html.Split("class=\"place-name\"").Skip(1));
    }

    [Fact]
    public void LongQuotationInStraightQuotesIsStillCountedAndShownCurled()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/t.md", Entries.Glossary("Subject", "term", "He said \"we will never give up these islands to anyone at all\" then left."));

        var (code, _, error) = site.Run("check", "--today", "2026-12-01");

        Assert.Equal(0, code);
        Assert.Contains("input/terms/t.md:7:9: warning TE092: the quotation “we will never give up these islands to …”", error);
    }

    [Fact]
    public void CitationAfterACurledQuotationResolvesAndCountsForIt()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/japan-statement.md",
            "---\ntitle: Japan's statement\nkind: reference\ntype: official-statement\npublisher: Ministry of Foreign Affairs of Japan\npublished: 2011\nside: japan\n---\n");
        site.Write("input/terms/t.md", Entries.Glossary("Subject", "term",
            "She said \"we will never give up these islands to anyone\" -- twice.[@japan-statement, pp. 3--4]"));

        var (code, _, error) = site.Run("check", "--today", "2026-12-01");

        Assert.Equal(0, code);
        Assert.DoesNotContain("TE092", error);
        Assert.DoesNotContain("TE090", error);
    }
}
