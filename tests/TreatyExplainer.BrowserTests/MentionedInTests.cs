using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>"Mentioned in" shows eight pages, then a "Show all N" that opens the rest with no script at all.</summary>
public sealed class MentionedInTests(SiteFixture site) : BrowserTest(site)
{
    private const string Lavrov = "/people/sergey-lavrov/";

    [Fact]
    public async Task LavrovShowsEightMentionsThenShowAllWhichOpensWithoutJavaScript()
    {
        if (Site.Browser is null) Assert.Skip(Site.SkipReason ?? "no browser");
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Site.BaseUrl, JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(Lavrov);
            var section = page.Locator(".mentioned-in");
            var items = section.Locator("li");
            var total = await items.CountAsync();

            Assert.True(total > 8, $"Lavrov is mentioned on {total} pages; the test needs more than eight");
            Assert.Equal(8, await VisibleCount(items));
            var summary = section.Locator("details > summary");
            Assert.Equal($"Show all {total}", (await summary.InnerTextAsync()).Trim());

            await summary.ClickAsync();

            Assert.Equal(total, await VisibleCount(items));
            Assert.Equal(0, await section.Locator("blockquote").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task EachGroupHasAHeadingAndEverySnippetHoldsItsMention()
    {
        var (page, _) = await OpenAsync(Lavrov);
        var section = page.Locator(".mentioned-in");

        Assert.True(await section.Locator("h3").CountAsync() >= 2);
        foreach (var snippet in await section.Locator(".mention-snippet").AllAsync())
        {
            Assert.Equal(1, await snippet.Locator("mark").CountAsync());
            Assert.True((await snippet.InnerTextAsync()).Length <= 175, await snippet.InnerTextAsync());
        }
    }

    private static async Task<int> VisibleCount(ILocator items)
    {
        var visible = 0;
        foreach (var item in await items.AllAsync())
        {
            if (await item.IsVisibleAsync()) visible++;
        }
        return visible;
    }
}
