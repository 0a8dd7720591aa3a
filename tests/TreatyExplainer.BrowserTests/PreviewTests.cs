using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

public sealed class PreviewTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task HoveringAMentionShowsItsCardBesideTheLink()
    {
        var (page, problems) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention[href='/people/sergey-lavrov/']").First;

        await link.HoverAsync();
        var card = page.Locator("#preview-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.Equal("Sergey Lavrov", await card.Locator(".preview-title").TextContentAsync());
        var names = await card.Locator(".preview-names").TextContentAsync();
        Assert.True(names?.Contains("Лавров", StringComparison.Ordinal), $"names shown: {names}");
        Assert.False(string.IsNullOrWhiteSpace(await card.Locator(".preview-summary").TextContentAsync()));
        await AssertDoesNotCover(card, link);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task IslandCardShowsBothNamesAndAMapThumbnail()
    {
        var (page, _) = await OpenAsync("/");
        var link = page.Locator(".body a.mention[href='/islands/iturup/']").First;

        await link.HoverAsync();
        var card = page.Locator("#preview-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.Contains("Iturup (Etorofu)", await card.Locator(".preview-names").TextContentAsync());
        var loaded = await card.Locator("img.preview-map").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "the map thumbnail did not load");
    }

    [Fact]
    public async Task KeyboardFocusOpensTheCardAndEscapeClosesIt()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention").First;

        await link.FocusAsync();
        var card = page.Locator("#preview-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("preview-card", await link.GetAttributeAsync("aria-describedby"));

        await page.Keyboard.PressAsync("Escape");

        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.True(await link.EvaluateAsync<bool>("el => el === document.activeElement"), "focus left the link");
    }

    [Fact]
    public async Task CardNearTheBottomOfTheWindowOpensAboveTheLink()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention").Last;
        await link.EvaluateAsync("el => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4)");

        await link.HoverAsync();
        var card = page.Locator("#preview-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        await AssertDoesNotCover(card, link);
    }

    private static async Task AssertDoesNotCover(ILocator card, ILocator link)
    {
        var a = (await card.BoundingBoxAsync())!;
        var b = (await link.BoundingBoxAsync())!;
        var overlaps = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
        Assert.False(overlaps, $"the card ({a.X},{a.Y},{a.Width}x{a.Height}) covers the link ({b.X},{b.Y},{b.Width}x{b.Height})");
    }
}
