using System.Globalization;
using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>Where a preview card goes and how big it is: against the hovered line, never over it, small, in both schemes.</summary>
public sealed class PreviewPlacementTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task CardForAWrappedLinkSitsAgainstTheHoveredLineWithoutCoveringIt()
    {
        var (page, _) = await OpenAsync("/people/sergey-lavrov/", width: 390);
        // The first link to an entry that wraps onto a second line at this width; its first line is hovered.
        var line = await page.EvaluateAsync<double[]?>("""
            () => {
              const link = [...document.querySelectorAll('.body a.mention')].find(a => a.getClientRects().length > 1);
              if (!link) return null;
              link.scrollIntoView({ block: 'center' });
              link.id = 'wrapped';
              const r = link.getClientRects()[0];
              return [r.left, r.top, r.width, r.height];
            }
            """);
        Assert.NotNull(line);
        var (left, top, width, height) = (line[0], line[1], line[2], line[3]);

        await page.Mouse.MoveAsync((float)(left + width / 2), (float)(top + height / 2));
        var card = (await (await PreviewTests.VisibleCard(page)).BoundingBoxAsync())!;

        var overlaps = card.X < left + width && left < card.X + card.Width && card.Y < top + height && top < card.Y + card.Height;
        Assert.False(overlaps, $"the card ({card.X},{card.Y} {card.Width}x{card.Height}) covers the hovered line ({left},{top} {width}x{height})");
        var gap = Math.Min(Math.Abs(card.Y - (top + height)), Math.Abs(top - (card.Y + card.Height)));
        Assert.True(gap <= 8, $"the card is {gap} px from the hovered line, not against it");
        Assert.True(card.X >= 0 && card.X + card.Width <= 390, $"the card ({card.X}, {card.Width} wide) leaves the window");
    }

    [Fact]
    public async Task CardNearTheBottomOfTheWindowOpensAboveTheLink()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        var link = page.Locator(".body a.mention").Last;
        await link.EvaluateAsync("el => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4)");

        await link.HoverAsync();
        var card = await PreviewTests.VisibleCard(page);

        await AssertDoesNotCover(card, link);
        Assert.True((await card.BoundingBoxAsync())!.Y < (await link.BoundingBoxAsync())!.Y, "the card did not open above the link");
    }

    [Theory]
    [InlineData("/", ".body a.mention[href='/islands/iturup/']")]
    [InlineData("/people/sergey-lavrov/", "a.citation")]
    [InlineData("/treaties/yalta-agreement/", ".reference-list cite a[href='/references/lavrov-press-conference-2019-01-16/']")]
    public async Task CardIsAtMostAbout320By240Pixels(string path, string selector)
    {
        var (page, _) = await OpenAsync(path);

        await page.Locator(selector).First.HoverAsync();
        var card = (await (await PreviewTests.VisibleCard(page)).BoundingBoxAsync())!;

        Assert.True(card.Width <= 330 && card.Height <= 250, $"the card is {card.Width}x{card.Height}");
    }

    [Fact]
    public async Task CardIsDarkInDarkMode()
    {
        var (page, _) = await OpenAsync("/", ColorScheme.Dark);

        await page.Locator(".body a.mention[href='/islands/iturup/']").First.HoverAsync();
        var card = await PreviewTests.VisibleCard(page);
        var colours = await card.EvaluateAsync<string[]>("el => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('.preview-title')).color]");

        Assert.True(Luminance(colours[0]) < 0.1, $"the card's background is {colours[0]}");
        Assert.True(Luminance(colours[1]) > 0.6, $"the card's title is {colours[1]}");
        // The island's locator is an image page CSS cannot recolour, so dark mode inverts it.
        var locator = card.Locator("img.preview-map");
        await Assertions.Expect(locator).ToBeVisibleAsync();
        Assert.Contains("invert(1)", await locator.EvaluateAsync<string>("el => getComputedStyle(el).filter"));
        Assert.True((await locator.BoundingBoxAsync())!.Height <= 100, "the locator stays small");
    }

    internal static async Task AssertDoesNotCover(ILocator card, ILocator link)
    {
        var a = (await card.BoundingBoxAsync())!;
        var b = (await link.BoundingBoxAsync())!;
        var overlaps = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
        Assert.False(overlaps, $"the card ({a.X},{a.Y},{a.Width}x{a.Height}) covers the link ({b.X},{b.Y},{b.Width}x{b.Height})");
    }

    /// <summary>The relative luminance of a CSS rgb() colour, from 0 (black) to 1 (white).</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',', ' ', StringSplitOptions.RemoveEmptyEntries)
            .Take(3).Select(p => double.Parse(p, CultureInfo.InvariantCulture) / 255).Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2];
    }
}
