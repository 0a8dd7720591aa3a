using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>The site model rebuilt for changed pages is the model built from scratch.</summary>
public sealed class SiteModelTests
{
    [Fact]
    public void ChangedPagesGiveTheMentionListsOfAWholeBuild()
    {
        using var site = new TempSite().WithHome("Iturup and Kunashir.");
        site.Write("input/islands/iturup.md", Entries.Island("Iturup"));
        site.Write("input/islands/kunashir.md", Entries.Island("Kunashir"));
        site.Write("input/people/lavrov.md", Entries.Person("Sergey Lavrov", aliases: "[Lavrov]"));
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nLavrov spoke of Iturup. Then Iturup again.\n");
        site.Write("input/terms/t.md", Entries.Glossary("Term", "term", "Kunashir, then Lavrov."));
        var model = site.Build().Model!;
        var index = model.Index;
        int At(string title) => index.Entries.Single(e => e.Title == title).Index;
        var pages = model.Pages.ToArray();
        // About now mentions Kunashir instead of Iturup and Lavrov; the term page mentions Iturup and Lavrov.
        pages[At("About")] = pages[At("About")] with { Mentions = [new Mention(At("About"), At("Kunashir"), "", "Kunashir", "")] };
        pages[At("Term")] = pages[At("Term")] with
        {
            Mentions = [new Mention(At("Term"), At("Iturup"), "a", "Iturup", "b"), new Mention(At("Term"), At("Sergey Lavrov"), "", "Lavrov", ""),
                new Mention(At("Term"), At("Iturup"), "second", "Iturup", "")],
        };

        var rebuilt = model.WithPages(pages, [At("About"), At("Term")]);
        var whole = SiteModel.Build(index, model.Urls, pages);

        foreach (var entry in index.Entries) Assert.Equal(whole.MentionsOf(entry), rebuilt.MentionsOf(entry));
        Assert.Equal(whole.LinkCount, rebuilt.LinkCount);
        Assert.Equal("a", rebuilt.MentionsOf(index.Entries[At("Iturup")]).Single(m => m.FromEntry == At("Term")).Before);
        Assert.Equal(whole.Timeline, rebuilt.Timeline);
    }
}
