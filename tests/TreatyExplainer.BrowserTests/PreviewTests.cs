using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>Preview cards follow WCAG 1.4.13: hoverable, dismissible, persistent; and every link to an entry has one.</summary>
public sealed class PreviewTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task HoveringAMentionShowsItsCardBesideTheLink()
    {
        var (page, problems) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention[href='/people/sergey-lavrov/']").First;

        await link.HoverAsync();
        var card = await VisibleCard(page);

        Assert.Equal("Sergey Lavrov", await card.Locator(".preview-title").TextContentAsync());
        var names = await card.Locator(".preview-names").TextContentAsync();
        Assert.True(names?.Contains("Лавров", StringComparison.Ordinal), $"names shown: {names}");
        Assert.False(string.IsNullOrWhiteSpace(await card.Locator(".preview-summary").TextContentAsync()));
        Assert.Equal("preview-card", await link.GetAttributeAsync("aria-describedby"));
        await PreviewPlacementTests.AssertDoesNotCover(card, link);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task CardWaitsAMomentBeforeShowing()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");

        // Timed inside the page, so a slow machine's pauses between test steps cannot make a late card look early.
        await page.EvaluateAsync(@"() => {
            const link = document.querySelector('.body a.mention'), card = document.getElementById('preview-card');
            window.timing = {};
            link.addEventListener('pointerenter', () => window.timing.enter ??= performance.now());
            new MutationObserver(() => { if (!card.hidden) window.timing.shown ??= performance.now(); }).observe(card, { attributes: true });
        }");

        await page.Locator(".body a.mention").First.HoverAsync();
        await VisibleCard(page);

        var delay = await page.EvaluateAsync<double>("() => window.timing.shown - window.timing.enter");
        Assert.True(delay >= 250, $"the card showed {delay:0} ms after the pointer reached the link");
    }

    [Fact]
    public async Task MovingThePointerOntoTheCardKeepsItAndLeavingBothHidesIt()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        await page.Locator(".body a.mention[href='/people/sergey-lavrov/']").First.HoverAsync();
        var card = await VisibleCard(page);
        var box = (await card.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 8 });
        await page.WaitForTimeoutAsync(800);

        Assert.True(await card.IsVisibleAsync(), "the card vanished when the pointer moved onto it");
        Assert.Equal("Sergey Lavrov", await card.Locator(".preview-title").TextContentAsync());

        await page.Mouse.MoveAsync(5, 5, new MouseMoveOptions { Steps = 4 });
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    [Fact]
    public async Task EscapeDismissesAHoveredCardWhichStaysClosedWhileThePointerRests()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention").First;
        await link.HoverAsync();
        var card = await VisibleCard(page);

        await page.Keyboard.PressAsync("Escape");

        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Null(await link.GetAttributeAsync("aria-describedby"));
        await page.WaitForTimeoutAsync(700);
        Assert.True(await card.IsHiddenAsync(), "the card came back while the pointer rested on the link");
    }

    [Fact]
    public async Task KeyboardFocusOpensTheCardEscapeClosesItAndTabMovesOn()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention").First;

        await link.FocusAsync();
        var card = await VisibleCard(page);
        Assert.Equal("preview-card", await link.GetAttributeAsync("aria-describedby"));

        await page.Keyboard.PressAsync("Escape");

        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.True(await link.EvaluateAsync<bool>("el => el === document.activeElement"), "focus left the link");
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await page.EvaluateAsync<bool>("document.getElementById('preview-card').contains(document.activeElement)"), "focus went into the card");
    }

    [Theory]
    [InlineData("/treaties/yalta-agreement/", ".body a[href='/events/soviet-occupation-1945/']:not(.mention)", "Soviet occupation of the islands")]
    [InlineData("/treaties/yalta-agreement/", ".reference-list cite a[href='/references/yalta-agreement-text/']", "11 February 1945")]
    [InlineData("/", "svg a[href='/islands/shikotan/']", "Shikotan")]
    [InlineData("/people/sergey-lavrov/", "a.citation[data-preview='/sources/kyodo-2016-04-15/']", "Kyodo News")]
    public async Task EveryKindOfLinkToAnEntryGetsACard(string path, string selector, string shown)
    {
        var (page, _) = await OpenAsync(path);

        await page.Locator(selector).First.HoverAsync();

        Assert.Contains(shown, await (await VisibleCard(page)).TextContentAsync());
    }

    internal static async Task<ILocator> VisibleCard(IPage page)
    {
        var card = page.Locator("#preview-card");
        await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        return card;
    }
}
