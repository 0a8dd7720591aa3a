using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

public sealed class NamingToggleTests(SiteFixture site) : BrowserTest(site)
{
    private const string Name = "document.querySelector('.body .place-name[data-ja=\"Etorofu\"]')";

    [Fact]
    public async Task DefaultShowsBothNames()
    {
        var (page, _) = await OpenAsync("/islands/kunashir/");

        Assert.Equal("Iturup (Etorofu)", await Shown(page));
        Assert.True(await page.Locator(".naming input[value=both]").IsCheckedAsync());
    }

    [Theory]
    [InlineData("ja", "Etorofu")]
    [InlineData("ru", "Iturup")]
    public async Task ChoiceRenamesPlacesAndSurvivesAReload(string choice, string expected)
    {
        var (page, problems) = await OpenAsync("/islands/kunashir/");

        await page.Locator($".naming input[value={choice}]").CheckAsync();
        Assert.Equal(expected, await Shown(page));

        await page.ReloadAsync();
        Assert.Equal(expected, await Shown(page));
        Assert.True(await page.Locator($".naming input[value={choice}]").IsCheckedAsync());
        Assert.Equal(choice, await page.EvaluateAsync<string>("document.documentElement.dataset.names"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task QuotationsKeepTheirOwnWords()
    {
        var (page, _) = await OpenAsync("/sources/kyodo-2016-04-15/");
        await page.Locator(".naming input[value=ru]").CheckAsync();

        var quoted = await page.Locator("blockquote .place-name, q .place-name").CountAsync();

        Assert.Equal(0, quoted);
    }

    /// <summary>What a reader sees: the both-names text, or the chosen name the stylesheet puts in its place.</summary>
    private static Task<string> Shown(IPage page) => page.EvaluateAsync<string>($$"""
        (() => {
            const el = {{Name}};
            const both = el.querySelector('.place-both');
            if (getComputedStyle(both).display !== 'none') return both.textContent;
            return getComputedStyle(el, '::after').content.replace(/^"|"$/g, '');
        })()
        """);
}
