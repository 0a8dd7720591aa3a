using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Citations;

/// <summary>Each citation and freshness check, on the smallest site that trips it.</summary>
public sealed class CitationDiagnosticsTests
{
    private const string JapanStatement = "---\ntitle: Japan's statement\nkind: reference\ntype: official-statement\npublisher: Ministry of Foreign Affairs of Japan\npublished: 2011\nside: japan\n---\n";

    private static string Page(string kind, string body, string extra = "") =>
        Entries.Glossary("Subject", kind, body, extra: extra + (kind is "treaty" or "event" ? "date: 1956-10-19\n" : ""));

    private static (int Code, string Error) Check(TempSite site)
    {
        var (code, _, error) = site.Run("check", "--today", "2026-12-01");
        return (code, error);
    }

    [Fact]
    public void UnknownIdIsAnErrorAtItsColumnWithTheNearestId()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/japan-statement.md", JapanStatement);
        site.Write("input/terms/t.md", Page("term", "A claim.[@japan-statment]"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/terms/t.md:7:10: error TE090: unknown reference '@japan-statment'", error);
        Assert.Contains("did you mean '@japan-statement'?", error);
    }

    [Fact]
    public void PositionSectionWithoutItsOwnSidesReferenceIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/japan-statement.md", JapanStatement);
        site.Write("input/islands/i.md", Page("island", "Intro.[@japan-statement]\n\n## Japan's position\n\nJapan says so.[@japan-statement]\n\n## Russia's position\n\nRussia says so.[@japan-statement]"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/islands/i.md:13:1: error TE091: the section on Russia's position cites no reference with side russia or soviet-union", error);
        Assert.DoesNotContain("i.md:9:1: error TE091", error);
    }

    [Fact]
    public void PositionsAreNotCheckedUntilTheSiteHasAReferenceWithASide()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/islands/i.md", Page("island", "## Japan's position\n\nJapan says so."));

        var (code, error) = Check(site);

        Assert.Equal(0, code);
        Assert.DoesNotContain("TE091", error);
    }

    [Fact]
    public void LongQuotationWithoutCitationIsAWarning()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/t.md", Page("term", "He said “we will never give up these islands to anyone at all” then left."));

        var (code, error) = Check(site);

        Assert.Equal(0, code);
        Assert.Contains("input/terms/t.md:7:9: warning TE092: the quotation “we will never give up these islands to …”", error);
    }

    [Fact]
    public void ShortQuotationOrCitedQuotationIsNotWarned()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/japan-statement.md", JapanStatement);
        site.Write("input/terms/t.md", Page("term", "He said “not now”.\n\nShe said “we will never give up these islands to anyone”.[@japan-statement]"));

        var (_, error) = Check(site);

        Assert.DoesNotContain("TE092", error);
    }

    [Fact]
    public void ReferenceNoPageCitesIsAWarning()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/japan-statement.md", JapanStatement);

        var (code, error) = Check(site);

        Assert.Equal(0, code);
        Assert.Contains("input/references/japan-statement.md:1:1: warning TE093: no page cites 'japan-statement'", error);
    }

    [Fact]
    public void LongUncitedParagraphsAreCountedOncePerPage()
    {
        using var site = new TempSite().WithHome();
        var paragraph = string.Concat(Enumerable.Repeat("Word ", 61)).Trim();
        site.Write("input/events/e.md", Page("event", $"{paragraph}\n\n{paragraph}\n\nShort one."));

        var (_, error) = Check(site);

        Assert.Contains("input/events/e.md:8:1: warning TE094: 2 paragraph(s) of 60+ words cite nothing", error);
        Assert.Single(error.Split('\n'), l => l.Contains("TE094", StringComparison.Ordinal));
    }

    [Fact]
    public void AsOfPhraseOlderThan180DaysIsAWarningNamingIt()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/t.md", Page("term", "Talks were frozen as of February 2026. As of November 2026 nothing moved."));

        var (_, error) = Check(site);

        Assert.Contains("warning TE095: 'as of February 2026' is more than 180 days before the build date 2026-12-01", error);
        Assert.DoesNotContain("As of November 2026", error);
    }

    [Fact]
    public void OldReviewedDateIsAWarningAtItsLine()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/t.md", Page("term", "Text.", "reviewed: 2025-01-01\n"));

        var (_, error) = Check(site);

        Assert.Contains("input/terms/t.md:6:11: warning TE096: 'reviewed: 2025-01-01' is 699 days before the build date 2026-12-01", error);
    }

    [Fact]
    public void OfficialReferenceWithoutSideOrPublisherIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/r.md", "---\ntitle: R\nkind: reference\ntype: official-record\npublished: 1956-13\nurl: http://example.org/\n---\n");

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("r.md:2:1: error TE006: a reference needs 'publisher', 'author' or both", error);
        Assert.Contains("r.md:4:7: error TE006: 'side' is required for type 'official-record'", error);
        Assert.Contains("r.md:5:12: error TE008: 'published' must be a real date written YYYY-MM-DD, YYYY-MM or YYYY", error);
        Assert.Contains("r.md:6:6: error TE016: a reference's 'url' must be an https address", error);
        Assert.Contains("r.md:6:6: error TE006: 'accessed' is required when 'url' is given", error);
    }

    [Fact]
    public void UnknownPrimaryReferenceIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/treaties/t.md", Page("treaty", "Text.", "primary_reference: nowhere\n"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/treaties/t.md:6:20: error TE090: primary_reference: unknown reference '@nowhere'", error);
    }

    [Fact]
    public void UndatedWebPageIsCitableByAddressAndAccessDate()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/page.md", "---\ntitle: Page\nkind: reference\ntype: reference-work\npublisher: P\nurl: https://example.org/p\naccessed: 2026-12-01\n---\n");
        site.Write("input/terms/t.md", Page("term", "Cited.[@page]"));

        var (code, error) = Check(site);

        Assert.Equal(0, code);
        Assert.DoesNotContain("page.md", error);
    }

    [Fact]
    public void ReferenceWithoutDateNeedsAddressAndAccessDate()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/book.md", "---\ntitle: Book\nkind: reference\ntype: scholarly\nauthor: A\n---\n");
        site.Write("input/terms/t.md", Page("term", "Cited.[@book]"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/references/book.md:2:1: error TE006: 'published' is required for a reference, unless it is an undated web page given with 'url' and 'accessed'", error);
    }
}
