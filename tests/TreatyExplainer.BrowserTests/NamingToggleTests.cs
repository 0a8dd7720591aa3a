using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

public sealed class NamingToggleTests(SiteFixture site) : BrowserTest(site)
{
    /// <summary>The home page's first paragraph, which names the four islands.</summary>
    private const string FirstParagraph = "document.querySelector('.body p')";

    [Fact]
    public async Task DefaultShowsBothNames()
    {
        var (page, _) = await OpenAsync("/islands/kunashir/");

        Assert.Equal("Iturup (Etorofu)", await FirstPlaceShown(page));
        Assert.True(await page.Locator(".naming input[value=both]").IsCheckedAsync());
    }

    [Theory]
    [InlineData("ja", "Etorofu")]
    [InlineData("ru", "Iturup")]
    public async Task ChoiceRenamesPlacesAndSurvivesAReload(string choice, string expected)
    {
        var (page, problems) = await OpenAsync("/islands/kunashir/");

        await page.Locator($".naming input[value={choice}]").CheckAsync();
        Assert.Equal(expected, await FirstPlaceShown(page));

        await page.ReloadAsync();
        Assert.Equal(expected, await FirstPlaceShown(page));
        Assert.True(await page.Locator($".naming input[value={choice}]").IsCheckedAsync());
        Assert.Equal(choice, await page.EvaluateAsync<string>("document.documentElement.dataset.names"));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("both", "Kuril Islands: Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets.")]
    [InlineData("ja", "Kuril Islands: Etorofu, Kunashiri, Shikotan and the Habomai islets.")]
    [InlineData("ru", "Kuril Islands: Iturup, Kunashir, Shikotan and the Habomai islets.")]
    public async Task CopyingTheFirstParagraphGivesTheNamesOnScreen(string choice, string expected)
    {
        var (page, _) = await OpenAsync("/");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Locator($".naming input[value={choice}]").CheckAsync();

        var selected = await page.EvaluateAsync<string>($$"""
            (() => {
                const range = document.createRange();
                range.selectNodeContents({{FirstParagraph}});
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return getSelection().toString();
            })()
            """);
        await page.Keyboard.PressAsync("Control+C");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");

        Assert.Contains(expected, selected);
        Assert.Contains(expected, copied);
        Assert.DoesNotContain(", ,", copied);
    }

    [Theory]
    [InlineData("ja", "Etorofu", "Iturup")]
    [InlineData("ru", "Iturup", "Etorofu")]
    public async Task FindInPageFindsOnlyTheNameOnScreen(string choice, string shown, string other)
    {
        var (page, _) = await OpenAsync("/");
        await page.Locator($".naming input[value={choice}]").CheckAsync();

        var text = await page.EvaluateAsync<string>($"{FirstParagraph}.innerText");
        // window.find searches rendered text as the browser's find bar does.
        var found = await page.EvaluateAsync<bool[]>($"[window.find('{shown}'), (getSelection().removeAllRanges(), window.find('{other} ('))]");

        Assert.Contains(shown, text);
        Assert.DoesNotContain(other, text);
        Assert.Equal([true, false], found);
    }

    [Fact]
    public async Task WithoutJavaScriptBothNamesShow()
    {
        if (Site.Browser is null) Assert.Skip(Site.SkipReason ?? "no browser");
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, BaseURL = Site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");

            var text = await page.Locator(".body p").First.InnerTextAsync();

            Assert.Contains("Kuril Islands: Iturup (Etorofu), Kunashir (Kunashiri), Shikotan", text);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("ja", "Kunashiri")]
    [InlineData("ru", "Kunashir")]
    public async Task MentionedInSnippetsFollowTheChoice(string choice, string expected)
    {
        var (page, _) = await OpenAsync("/islands/iturup/");
        await page.Locator($".naming input[value={choice}]").CheckAsync();

        var shown = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.mentioned-in .place-name')].map((e) => e.innerText)");

        Assert.NotEmpty(shown);
        Assert.All(shown, name => Assert.DoesNotContain("(", name));
        Assert.Contains(expected, shown);
    }

    [Fact]
    public async Task SearchResultsFollowTheChoice()
    {
        var (page, problems) = await OpenAsync("/search/?q=kunashiri");
        await page.Locator(".naming input[value=ja]").CheckAsync();
        await page.Locator("#search-results li").First.WaitForAsync();

        var shown = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#search-results .place-name')].map((e) => e.innerText)");

        Assert.NotEmpty(shown);
        Assert.All(shown, name => Assert.DoesNotContain("(", name));
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

    /// <summary>What a reader sees of the body's first naming of Iturup: its rendered text, which copy and find also get.</summary>
    private static Task<string> FirstPlaceShown(IPage page) =>
        page.EvaluateAsync<string>(
            "[...document.querySelectorAll('.body .place-name')].find((e) => e.querySelector('.place-ja').textContent === 'Etorofu').innerText");
}
