using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>What search holds for each kind of page, in fields the search script ranks apart: names, summary, text.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void ReferenceIsFoundByItsSummaryNotItsNotes()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/r.md", "---\ntitle: A statement\nkind: reference\ntype: scholarly\nauthor: A\npublished: 2020\nsummary: The summary words.\n---\nNotes that mention zanzibar.\n");
        site.Write("input/terms/t.md", Entries.Glossary("T", "term", "A page about quokkas.[@r]"));

        var pages = SearchIndex.Build(site.Build().Model!);

        var reference = Assert.Single(pages, p => p.T == "A statement");
        Assert.Equal("The summary words.", reference.S);
        Assert.Null(reference.X);
        Assert.Contains("quokkas", Assert.Single(pages, p => p.T == "T").X);
        Assert.DoesNotContain(pages, p => p.X?.Contains("zanzibar", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void NamesSummaryAndTextAreSeparateSoATitleMatchCanOutrankATextMatch()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/l.md", Entries.Glossary("Sergey Lavrov", "person", "He met Putin. " + Entries.Words, aliases: "[Lavrov, Сергей Лавров]"));

        var page = Assert.Single(SearchIndex.Build(site.Build().Model!), p => p.U == "/people/l/");

        Assert.Equal("Sergey Lavrov", page.T);
        Assert.Equal("About Sergey Lavrov.", page.S);
        Assert.Equal(["lavrov", "сергеи лавров"], page.N);
        Assert.StartsWith("He met Putin.", page.X);
        Assert.DoesNotContain("About Sergey Lavrov", page.X);
    }

    [Fact]
    public void OnlyGlossaryEntriesCarryOtherNamesAndTheyComeFirst()
    {
        using var site = new TempSite().WithHome("Welcome to the islands.");
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout the islands.\n");
        site.Write("input/islands/i.md", Entries.Island("Iturup", aliases: "[Etorofu, ETOROFU, Étorofu]"));

        var pages = SearchIndex.Build(site.Build().Model!);

        Assert.Equal("/islands/i/", pages[0].U);
        Assert.Equal(["etorofu"], pages[0].N);
        Assert.All(pages.Skip(1), p => Assert.Null(p.N));
    }
}
