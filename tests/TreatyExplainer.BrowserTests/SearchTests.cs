namespace TreatyExplainer.BrowserTests;

public sealed class SearchTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData("Etorofu")]
    [InlineData("択捉")]
    [InlineData("Итуруп")]
    [InlineData("Etor")]
    public async Task AnyNameInAnyScriptFindsIturupFirst(string query)
    {
        var (page, problems) = await OpenAsync("/search/");

        await page.Locator("#search-input").FillAsync(query);
        var first = page.Locator("#search-results li a").First;
        await first.WaitForAsync();

        Assert.Equal("/islands/iturup/", await first.GetAttributeAsync("href"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task IndexLoadsOnlyWhenSearchIsUsed()
    {
        var (page, _) = await OpenAsync("/search/");
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.WaitForTimeoutAsync(300);
        Assert.DoesNotContain(requested, u => u.Contains("search-index", StringComparison.Ordinal));

        await page.Locator("#search-input").FillAsync("Lavrov");
        await page.Locator("#search-results li").First.WaitForAsync();

        Assert.Contains(requested, u => u.Contains("search-index", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FullTextFindsSourceDocuments()
    {
        var (page, _) = await OpenAsync("/search/?q=Zakharova%20sanctions");

        await page.Locator("#search-results li").First.WaitForAsync();
        var hrefs = await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Contains("/sources/sputnik-2016-04-16/", hrefs);
    }
}
