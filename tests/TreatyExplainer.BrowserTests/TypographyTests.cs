using System.Globalization;
using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>Links in prose, the heading scale and language spans, read from the browser's computed styles.</summary>
public sealed class TypographyTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task ProseLinksStandOutByColourAloneWithEnoughContrast(ColorScheme scheme)
    {
        var (page, _) = await OpenAsync("/islands/iturup/", scheme);
        var link = page.Locator(".body p a.mention").First;

        var colours = await link.EvaluateAsync<string[]>("""
            (a) => {
                let back = a;
                while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') back = back.parentElement;
                return [getComputedStyle(a).color, getComputedStyle(a.closest('p')).color, getComputedStyle(back ?? document.body).backgroundColor,
                    getComputedStyle(a).textDecorationLine];
            }
            """);
        var (linkColour, text, background) = (Luminance(colours[0]), Luminance(colours[1]), Luminance(colours[2]));

        Assert.Equal("none", colours[3]);
        Assert.True(Contrast(linkColour, text) >= 3, $"{scheme}: link {colours[0]} against text {colours[1]} is {Contrast(linkColour, text):0.00}:1");
        Assert.True(Contrast(linkColour, background) >= 4.5, $"{scheme}: link {colours[0]} on {colours[2]} is {Contrast(linkColour, background):0.00}:1");
        Assert.True(Contrast(text, background) >= 4.5, $"{scheme}: text {colours[1]} on {colours[2]} is {Contrast(text, background):0.00}:1");
    }

    [Fact]
    public async Task ProseLinkIsUnderlinedOnHoverAndFocus()
    {
        var (page, _) = await OpenAsync("/islands/iturup/");
        var link = page.Locator(".body p a.mention").First;

        await link.HoverAsync();
        var hovered = await link.EvaluateAsync<string>("(a) => getComputedStyle(a).textDecorationLine");
        await page.Mouse.MoveAsync(0, 0);
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await link.EvaluateAsync<string>("(a) => a === document.activeElement && a.matches(':focus-visible') ? getComputedStyle(a).textDecorationLine : 'not focused'");

        Assert.Equal("underline", hovered);
        Assert.Equal("underline", focused);
    }

    [Fact]
    public async Task HeadingsStepDownInSize()
    {
        var (page, _) = await OpenAsync("/islands/iturup/");

        var sizes = await page.EvaluateAsync<double[]>("['h1', '.body h2', 'p'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))");
        var h3 = await page.EvaluateAsync<double>("(() => { const h = document.createElement('h3'); document.querySelector('.body').append(h); return parseFloat(getComputedStyle(h).fontSize); })()");

        Assert.True(sizes[0] >= sizes[1] * 1.3, $"h1 {sizes[0]}px against h2 {sizes[1]}px");
        Assert.True(sizes[1] >= h3 * 1.2, $"h2 {sizes[1]}px against h3 {h3}px");
        Assert.True(h3 >= sizes[2] * 1.1, $"h3 {h3}px against body text {sizes[2]}px");
    }

    [Fact]
    public async Task JapaneseAndRussianWordsInTheTextCarryTheirLanguage()
    {
        var (page, _) = await OpenAsync("/islands/iturup/");

        var ja = await page.Locator(".body p span[lang=ja]").First.InnerTextAsync();
        var ru = await page.Locator(".body p span[lang=ru]").First.InnerTextAsync();

        Assert.Equal("択捉島", ja);
        Assert.Equal("Итуруп", ru);
    }

    /// <summary>WCAG's relative luminance of a computed "rgb(r, g, b)" colour.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3)
            .Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture) / 255)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
    }

    private static double Contrast(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
}
