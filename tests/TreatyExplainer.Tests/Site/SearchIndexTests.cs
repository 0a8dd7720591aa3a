using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>What full-text search holds for each kind of page.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void ReferenceIsFoundByItsSummaryNotItsNotes()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/r.md", "---\ntitle: A statement\nkind: reference\ntype: scholarly\nauthor: A\npublished: 2020\nsummary: The summary words.\n---\nNotes that mention zanzibar.\n");
        site.Write("input/terms/t.md", Entries.Glossary("T", "term", "A page about quokkas.[@r]"));

        var model = site.Build().Model!;
        var pages = SearchIndex.Build(model).Pages;

        Assert.Equal("The summary words.", Assert.Single(pages, p => p.T == "A statement").X);
        Assert.Contains("quokkas", Assert.Single(pages, p => p.T == "T").X);
        Assert.DoesNotContain(pages, p => p.X.Contains("zanzibar", StringComparison.Ordinal));
    }
}
