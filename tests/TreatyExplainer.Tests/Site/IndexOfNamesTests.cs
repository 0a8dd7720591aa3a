using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>The A–Z index: each name once per entry whatever its case, sorted as search folds names.</summary>
public sealed class IndexOfNamesTests
{
    [Fact]
    public void CaseVariantsOfOneNameAreOneLineSpelledAsTheTitle()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/f.md", Entries.Glossary("Former island residents", "term", "Text.", aliases: "[former island residents, Former Island Residents, ex-residents]"));

        var lines = IndexOfNames.Of(site.Build().Model!.Index);

        Assert.Equal(["ex-residents", "Former island residents"], lines.Select(l => l.Name));
        Assert.True(lines[1].IsTitle);
        Assert.False(lines[0].IsTitle);
    }

    [Fact]
    public void CaseVariantsOfTwoAliasesKeepTheFirstWritten()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/treaties/d.md", Entries.Treaty("Joint Declaration", aliases: "[1956 Declaration, 1956 declaration]"));

        var lines = IndexOfNames.Of(site.Build().Model!.Index);

        Assert.Equal(["1956 Declaration", "Joint Declaration"], lines.Select(l => l.Name));
    }

    [Fact]
    public void TheSameNameOnTwoEntriesStaysTwoLines()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/islands/a.md", Entries.Island("Alpha", aliases: "[the island]"));
        site.Write("input/islands/b.md", Entries.Island("Beta", aliases: "[The Island]"));

        var lines = IndexOfNames.Of(site.Build().Model!.Index);

        Assert.Equal(["Alpha", "Beta", "The Island", "the island"], lines.Select(l => l.Name));
    }

    [Fact]
    public void NamesSortIgnoringAccentsAndCase()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/e.md", Entries.Person("Émile", aliases: "[]"));
        site.Write("input/people/d.md", Entries.Person("dmitry", aliases: "[]"));
        site.Write("input/people/f.md", Entries.Person("Fyodor", aliases: "[]"));

        Assert.Equal(["dmitry", "Émile", "Fyodor"], IndexOfNames.Of(site.Build().Model!.Index).Select(l => l.Name));
    }
}
