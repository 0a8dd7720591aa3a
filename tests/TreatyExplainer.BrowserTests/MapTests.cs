namespace TreatyExplainer.BrowserTests;

public sealed class MapTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task EveryIslandOnTheMapIsALinkThatWorks()
    {
        var (page, _) = await OpenAsync("/");
        var links = await page.Locator("svg.map a.map-island").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal(4, links.Length);
        foreach (var href in links)
        {
            var (target, problems) = await OpenAsync(href);
            Assert.Equal(href, new Uri(target.Url).AbsolutePath);
            Assert.Contains(href.Trim('/').Split('/')[^1] switch
            {
                "iturup" => "Iturup",
                "kunashir" => "Kunashir",
                "shikotan" => "Shikotan",
                _ => "Habomai",
            }, await target.Locator("h1").TextContentAsync());
            Assert.Empty(problems);
        }
    }

    [Fact]
    public async Task IslandPageHighlightsItsIsland()
    {
        var (page, _) = await OpenAsync("/islands/shikotan/");

        var current = page.Locator("svg.map a.map-island.is-current");

        Assert.Equal(1, await current.CountAsync());
        Assert.Equal("/islands/shikotan/", await current.GetAttributeAsync("href"));
        Assert.Equal("page", await current.GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task MapLinksWorkByKeyboard()
    {
        var (page, _) = await OpenAsync("/");
        var link = page.Locator("svg.map a.map-island").First;

        await link.FocusAsync();
        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href') ?? document.activeElement.tagName");
        Assert.Equal(await link.GetAttributeAsync("href"), focused);
        var arrived = page.WaitForURLAsync($"**{focused}");
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        Assert.Equal(focused, new Uri(page.Url).AbsolutePath);
    }
}
