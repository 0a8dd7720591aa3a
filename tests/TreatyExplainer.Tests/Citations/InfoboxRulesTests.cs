using TreatyExplainer.Tests.Content;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Citations;

/// <summary>The infobox's ids must name real works of the right type, dated no later than what they report.</summary>
public sealed class InfoboxRulesTests
{
    private static (int Code, string Error) Check(TempSite site)
    {
        var (code, _, error) = site.Run("check", "--today", "2026-12-01");
        return (code, error);
    }

    [Fact]
    public void UnknownFigureSourceIsAnErrorWithTheNearestId()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/mofa-areas.md", InfoboxFieldsTests.Reference("Areas", "official-statement", "2020"));
        site.Write("input/islands/x.md", Entries.Glossary("X", "island", "An island.[@mofa-areas]", extra: "area: { km2: 95, year: 2020, source: mofa-area }\n"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/islands/x.md:6:38: error TE090: area.source: unknown reference '@mofa-area'", error);
        Assert.Contains("did you mean '@mofa-areas'?", error);
    }

    [Fact]
    public void TreatyTextThatIsNotATreatyTextIsTE100()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/statement.md", InfoboxFieldsTests.Reference("Statement", "official-statement", "1960"));
        site.Write("input/treaties/t.md", Entries.Glossary("T", "treaty", "A treaty.[@statement]", extra: "date: 1960-01-27\ntreaty_text: statement\n"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/treaties/t.md:7:14: error TE100: treaty_text: 'statement' is a reference of type 'official-statement', not 'treaty-text'", error);
    }

    [Fact]
    public void FigureDatedAfterItsSourceWasPublishedIsTE101()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/paper.md", InfoboxFieldsTests.Reference("Paper", "news", "2023-05-30"));
        site.Write("input/islands/x.md", Entries.Glossary("X", "island", "An island.[@paper]", extra: "population: { count: 6916, as_of: 2024-01-01, source: paper }\n"));

        var (code, error) = Check(site);

        Assert.Equal(1, code);
        Assert.Contains("input/islands/x.md:6:55: error TE101: population: the figure is dated 2024-01-01, after 'paper' was published (2023-05-30)", error);
    }

    [Fact]
    public void FigureFromTheYearASourceIsDatedToPasses()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/areas.md", InfoboxFieldsTests.Reference("Areas", "news", "2020"));
        site.Write("input/islands/x.md", Entries.Glossary("X", "island", "An island.[@areas]", extra: "area: { km2: 95, year: 2020, source: areas }\npopulation: { count: 3, as_of: 2020-06-01, source: areas }\n"));

        var (code, error) = Check(site);

        Assert.True(code == 0, error);
    }
}
