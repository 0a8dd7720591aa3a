namespace TreatyExplainer.BrowserTests;

public sealed class PageTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task PageLoadsWithoutConsoleErrorsOrFailedRequests(string path)
    {
        var (_, problems) = await OpenAsync(path);

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task PageFitsAPhoneWithoutSidewaysScrolling(string path)
    {
        var (page, _) = await OpenAsync(path, width: 360);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
    }

    [Fact]
    public async Task SkipLinkMovesFocusToTheContent()
    {
        var (page, _) = await OpenAsync("/islands/iturup/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#main-content", page.Url);
    }
}
