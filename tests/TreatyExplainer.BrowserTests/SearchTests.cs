using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

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

    [Fact]
    public async Task EveryResultShowsTheMatchInAMark()
    {
        var (page, problems) = await OpenAsync("/search/?q=lavrov");
        await page.Locator("#search-results li").First.WaitForAsync();

        var results = await page.Locator("#search-results li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('a').getAttribute('href'), ...[...li.querySelectorAll('mark')].map(m => m.textContent)])");

        Assert.All(results, r => Assert.True(r.Skip(1).Any(m => m.Equals("Lavrov", StringComparison.OrdinalIgnoreCase)), $"{r[0]} shows no marked match"));
        var source = Assert.Single(results, r => r[0] == "/sources/kyodo-2016-04-15/");
        Assert.Contains("Lavrov", source.Skip(1));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SnippetOfASourceDocumentHoldsTheMatch()
    {
        var (page, _) = await OpenAsync("/search/?q=Zakharova%20sanctions");

        var snippet = page.Locator("#search-results li", new PageLocatorOptions { Has = page.Locator("a[href='/sources/sputnik-2016-04-16/']") }).Locator("p");
        await snippet.WaitForAsync();

        var marks = await snippet.Locator("mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.StartsWith("Zakharova", StringComparison.OrdinalIgnoreCase) || m.StartsWith("sanctions", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NameMatchesRankAboveTextMatches()
    {
        var (page, _) = await OpenAsync("/search/?q=lavrov%20putin");
        var first = page.Locator("#search-results li a").First;
        await first.WaitForAsync();

        Assert.Contains(await first.GetAttributeAsync("href"), new[] { "/people/sergey-lavrov/", "/people/vladimir-putin/" });
    }

    [Fact]
    public async Task ABroadQuerySaysHowManyOfHowManyItShows()
    {
        var (page, _) = await OpenAsync("/search/?q=japan");
        await page.Locator("#search-results li").First.WaitForAsync();

        var status = await page.Locator("#search-status").TextContentAsync();
        var shown = await page.Locator("#search-results li").CountAsync();

        var match = Regex.Match(status ?? "", @"^Showing (\d+) of (\d+) results\.$");
        Assert.True(match.Success, $"status: {status}");
        Assert.Equal(shown, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > shown);
    }

    [Fact]
    public async Task WithoutJavaScriptTheSearchPagePointsToTheIndexOfNames()
    {
        if (Site.Browser is null) Assert.Skip(Site.SkipReason ?? "no browser");
        await using var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, BaseURL = Site.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");

        var pointer = page.Locator(".search-without-script");

        Assert.True(await pointer.IsVisibleAsync(), "no message without JavaScript");
        Assert.Equal("/a-z/", await pointer.Locator("a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task TheIndexOfNamesListsEachNameOnceWhateverItsCase()
    {
        var (page, problems) = await OpenAsync("/a-z/");

        var lines = await page.Locator(".all-names li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent.toLowerCase())");

        Assert.True(lines.Length > 100, $"{lines.Length} names");
        Assert.Empty(lines.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Contains("/islands/iturup/ etorofu", lines);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task HeaderSearchBoxSaysWhatItSearchesAndHasAButton()
    {
        var (page, _) = await OpenAsync("/islands/iturup/");
        var form = page.Locator("header form[role=search]");

        Assert.Equal(1, await form.GetByRole(AriaRole.Searchbox, new LocatorGetByRoleOptions { Name = "Search the site", Exact = true }).CountAsync());
        Assert.Equal(1, await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Search" }).CountAsync());
        Assert.Equal("/a-z/", await page.Locator("footer a[href='/a-z/']").GetAttributeAsync("href"));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task ResultsWithMarkedMatchesHaveNoAxeViolations(ColorScheme scheme)
    {
        var (page, _) = await OpenAsync("/search/?q=iturup", scheme);
        await page.Locator("#search-results mark").First.WaitForAsync();

        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");

        Assert.Empty(violations);
    }
}
