using AngleSharp.Html.Parser;
using TreatyExplainer.Content;
using TreatyExplainer.Rendering;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>"Mentioned in": grouped by kind in the site's order, events by date, the rest by title, eight shown first.</summary>
public sealed class MentionedInTests
{
    private static readonly Lazy<(TempSite Site, TreatyExplainer.Pipeline.BuildResult Result)> Built = new(() =>
    {
        var site = new TempSite().WithHome();
        site.Write("input/terms/kono.md", Entries.Glossary("Kono", "term", Entries.Words));
        foreach (var (name, date) in new[] { ("Zeta talks", "2001-05-01"), ("Alpha talks", "2019-01-01"), ("Midway talks", "1990-03-03") })
            site.Write($"input/events/{Redirect(name)}.md", Entries.Glossary(name, "event", $"Talks with Kono. {Entries.Words}", extra: $"date: {date}\n"));
        foreach (var name in new[] { "Yuri", "Boris", "Anna", "Vera", "oleg", "Pavel", "Ivan" })
            site.Write($"input/people/{name.ToLowerInvariant()}.md", Entries.Person(name, $"{name} met Kono near Urup. {Entries.Words}"));
        foreach (var name in new[] { "Urup", "Iturup" })
            site.Write($"input/islands/{name.ToLowerInvariant()}.md", Entries.Island(name, $"Kono spoke of {name}. {Entries.Words}"));
        return (site, site.Build());
    });

    private static string Redirect(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static MentionedIn Kono()
    {
        var model = Built.Value.Result.Model!;
        return MentionedIn.Of(model.MentionsOf(model.Index.Find("kono")!), model.Index.Entries);
    }

    [Fact]
    public void GroupsFollowTheSiteOrderOfKinds()
    {
        var view = Kono();

        Assert.Equal([Kind.Island, Kind.Person], view.Shown.Select(g => g.Kind));
        Assert.Equal([Kind.Person, Kind.Event], view.More.Select(g => g.Kind));
        Assert.Equal(12, view.Total);
    }

    [Fact]
    public void EventsAreSortedByDateAndTheRestByTitleIgnoringCase()
    {
        var all = Kono().Shown.Concat(Kono().More).SelectMany(g => g.Items).Select(i => i.From.Title).ToList();

        Assert.Equal(["Iturup", "Urup", "Anna", "Boris", "Ivan", "oleg", "Pavel", "Vera", "Yuri", "Midway talks", "Zeta talks", "Alpha talks"], all);
    }

    [Fact]
    public void EightAreShownFirstAndASplitGroupSaysItContinues()
    {
        var view = Kono();

        Assert.Equal(MentionedIn.ShownFirst, view.Shown.Sum(g => g.Items.Count));
        Assert.Equal("People, continued", view.More[0].Heading);
        Assert.Equal("People", view.Shown[1].Heading);
    }

    [Fact]
    public void PageShowsEightItemsAndTheRestInsideDetailsWithShowAll()
    {
        var page = new HtmlParser().ParseDocument(Built.Value.Result.Text("terms/kono/index.html")!);
        var section = page.QuerySelector(".mentioned-in")!;

        Assert.Equal(8, section.QuerySelectorAll("li").Count(li => li.Closest("details") is null));
        Assert.Equal(4, section.QuerySelectorAll("details li").Length);
        Assert.Equal("Show all 12", section.QuerySelector("details > summary")!.TextContent);
        Assert.Equal(["Islands and places", "People", "People, continued", "Events"], section.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Empty(section.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void EightOrFewerNeedNoShowAll()
    {
        var page = new HtmlParser().ParseDocument(Built.Value.Result.Text("islands/urup/index.html")!);

        Assert.Equal(7, page.QuerySelectorAll(".mentioned-in li").Length);
        Assert.Null(page.QuerySelector(".mentioned-in details"));
    }

    [Fact]
    public void AnEntryNobodyMentionsHasNoSection()
    {
        var page = new HtmlParser().ParseDocument(Built.Value.Result.Text("people/anna/index.html")!);

        Assert.Null(page.QuerySelector(".mentioned-in"));
    }
}
