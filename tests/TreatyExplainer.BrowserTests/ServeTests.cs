using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>The preview an editor uses, through the real serve host: what a reader will see, and each save's effect.</summary>
public sealed class ServeTests(ServeFixture serve) : IClassFixture<ServeFixture>
{
    private const string Iturup = "input/islands/iturup.md";
    private static readonly PageWaitForFunctionOptions Patience = new() { Timeout = 15_000, PollingInterval = 50 };

    [Theory]
    [InlineData("/")]
    [InlineData("/islands/iturup/")]
    public async Task PageHasItsStylesheetScriptsAndMapWithNoFailedRequestOrConsoleError(string path)
    {
        var (page, problems) = await serve.OpenAsync(path);

        // The stylesheet's values, not a browser default: 17px body text, and a sea that is not SVG's default black.
        Assert.Equal("17px", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize"));
        Assert.Equal("rgb(232, 239, 243)", await page.Locator("svg.map .map-sea").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
        var map = (await page.Locator("svg.map").First.BoundingBoxAsync())!;
        Assert.True(map.Width > 200 && map.Height > 100, $"the map is {map.Width}x{map.Height}");

        await page.Locator(".body a.mention").First.HoverAsync();
        await page.Locator("#preview-card").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SiteUnderTheSecurityHeadersRunsWithoutAViolation()
    {
        var (page, problems) = await serve.OpenAsync("/search/?q=Iturup");
        var response = await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.StartsWith("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task BodyEditAppearsAfterLiveReload()
    {
        var (page, problems) = await serve.OpenAsync("/islands/iturup/");

        await serve.WhileSavedAsync(Iturup, text => text.TrimEnd() + "\n\nA sentence saved by the browser test.\n", async () =>
        {
            await page.WaitForFunctionAsync("() => document.body.innerText.includes('A sentence saved by the browser test.')", null, Patience);
            Assert.Empty(problems);
        });
    }

    [Fact]
    public async Task StylesheetEditAppliesWithoutReloadingThePage()
    {
        var (page, problems) = await serve.OpenAsync("/islands/iturup/");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await serve.WhileSavedAsync("theme/assets/site.css", text => text + "\nh1 { color: rgb(1, 2, 3); }\n", async () =>
        {
            await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'", null, Patience);
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page reloaded instead of swapping the stylesheet");
            Assert.Empty(problems);
        });
    }

    [Fact]
    public async Task BrokenEditShowsTheErrorsOverTheLastGoodPage()
    {
        var (page, _) = await serve.OpenAsync("/islands/iturup/");
        var overlay = page.Locator("#treatyexplainer-build-errors");

        await serve.WhileSavedAsync(Iturup, text => text.Replace("kind: island", "kind: island\ncolour: red", StringComparison.Ordinal), async () =>
        {
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
            Assert.Contains("input/islands/iturup.md:4:1: error TE004", await overlay.TextContentAsync());
            Assert.Equal("Iturup", await page.Locator("h1").TextContentAsync());
        });

        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
    }
}
