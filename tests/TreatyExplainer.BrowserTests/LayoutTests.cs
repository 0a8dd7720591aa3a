using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>The layout at a phone's and a laptop's size: header, contents list, infobox, positions, lede, print.</summary>
public sealed class LayoutTests(SiteFixture site) : BrowserTest(site)
{
    private const string Island = "/islands/iturup/";

    /// <summary>A page at an exact window size, in a context of its own that the caller disposes.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> OpenAtAsync(string path, int width, int height, bool javaScript = true, ColorScheme scheme = ColorScheme.Light)
    {
        if (Site.Browser is null) Assert.Skip(Site.SkipReason ?? "no browser");
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Site.BaseUrl,
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await page.GotoLoadedAsync(path);
        return (context, page);
    }

    private static Task<double> Number(IPage page, string script) => page.EvaluateAsync<double>(script);

    [Theory]
    [InlineData("/")]
    [InlineData(Island)]
    [InlineData("/people/sergey-lavrov/")]
    public async Task HeaderIsAtMost64PixelsTallOnAPhone(string path)
    {
        var (context, page) = await OpenAtAsync(path, 390, 844);
        await using var _ = context;

        var height = await Number(page, "document.querySelector('.site-header').getBoundingClientRect().height");

        Assert.True(height <= 64, $"the header on {path} is {height}px tall");
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Island)]
    [InlineData("/treaties/joint-declaration-1956/")]
    [InlineData("/people/sergey-lavrov/")]
    [InlineData("/timeline/")]
    public async Task NothingScrollsSidewaysAt360Pixels(string path)
    {
        var (context, page) = await OpenAtAsync(path, 360, 800);
        await using var _ = context;

        var overflow = await Number(page, "document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
    }

    [Fact]
    public async Task WideHeaderKeepsTheNavOnOneLineAndTheFooterInLineWithTheContent()
    {
        var (context, page) = await OpenAtAsync(Island, 1366, 900);
        await using var _ = context;

        var tops = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.site-header nav a')].map(a => a.getBoundingClientRect().top)");
        var footerLeft = await Number(page, "document.querySelector('.site-footer').getBoundingClientRect().left");
        var mainLeft = await Number(page, "document.querySelector('main').getBoundingClientRect().left");
        var contentWidth = await Number(page, "document.querySelector('main').getBoundingClientRect().width");

        Assert.Equal(8, tops.Length);
        Assert.All(tops, top => Assert.Equal(tops[0], top, 1.0));
        Assert.Equal(mainLeft, footerLeft, 1.0);
        Assert.True(contentWidth >= 1000, $"the content is {contentWidth}px wide at 1366px");
    }

    [Fact]
    public async Task ContentsListIsStickyAndMarksTheSectionBeingRead()
    {
        var (context, page) = await OpenAtAsync(Island, 1366, 900);
        await using var _ = context;
        var contents = page.Locator("nav[aria-label=Contents]");

        Assert.True(await contents.Locator("a[href='#administration']").IsVisibleAsync());
        await page.EvaluateAsync("document.getElementById('administration').scrollIntoView()");

        await Assertions.Expect(contents.Locator("a[aria-current]")).ToHaveAttributeAsync("href", "#administration");
        Assert.Equal(1, await contents.Locator("a[aria-current]").CountAsync());
        var top = await Number(page, "document.querySelector('.contents').getBoundingClientRect().top");
        Assert.InRange(top, 0, 900);
    }

    [Fact]
    public async Task ContentsListIsACollapsedDisclosureOnAPhone()
    {
        var (context, page) = await OpenAtAsync(Island, 390, 844);
        await using var _ = context;
        var link = page.Locator("nav[aria-label=Contents] a[href='#people']");

        Assert.False(await link.IsVisibleAsync());
        await page.Locator("nav[aria-label=Contents] summary").ClickAsync();

        Assert.True(await link.IsVisibleAsync());
    }

    [Theory]
    [InlineData(Island, "Area", "3,168 km²")]
    [InlineData(Island, "Population", "6,916")]
    [InlineData("/treaties/joint-declaration-1956/", "Signed", "19 October 1956")]
    [InlineData("/treaties/joint-declaration-1956/", "Parties", "Soviet Union, Japan")]
    [InlineData("/people/sergey-lavrov/", "Offices", "Minister of Foreign Affairs of Russia")]
    public async Task InfoboxShowsTheFrontMattersFacts(string path, string label, string value)
    {
        var (context, page) = await OpenAtAsync(path, 1366, 900);
        await using var _ = context;

        var row = page.Locator(".infobox .facts div").Filter(new LocatorFilterOptions { Has = page.Locator($"dt:text-is('{label}')") });

        Assert.True(await row.IsVisibleAsync(), $"no visible '{label}' row on {path}");
        Assert.Contains(value, await row.InnerTextAsync());
    }

    [Fact]
    public async Task InfoboxMarkerLeadsToTheReferenceList()
    {
        var (context, page) = await OpenAtAsync(Island, 1366, 900);
        await using var _ = context;

        await page.Locator(".infobox a.citation").First.ClickAsync();

        Assert.EndsWith("#ref-mofa-northern-territories-information", page.Url);
        Assert.Equal("1", await page.Locator(".infobox a.citation").First.InnerTextAsync());
    }

    [Theory]
    [InlineData(1366, true)]
    [InlineData(390, false)]
    public async Task PositionsStandSideBySideOnlyOnWideScreens(int width, bool sideBySide)
    {
        var (context, page) = await OpenAtAsync(Island, width, 900);
        await using var _ = context;

        var boxes = await page.EvaluateAsync<double[][]>("[...document.querySelectorAll('.positions > .position')].map(p => { const r = p.getBoundingClientRect(); return [r.left, r.top, r.bottom]; })");

        Assert.Equal(2, boxes.Length);
        if (sideBySide)
        {
            Assert.Equal(boxes[0][1], boxes[1][1], 1.0);
            Assert.True(boxes[1][0] > boxes[0][0] + 200, "Russia's position is not in a column of its own");
        }
        else
        {
            Assert.True(boxes[1][1] >= boxes[0][2], "the positions overlap on a phone");
            Assert.Equal(boxes[0][0], boxes[1][0], 1.0);
        }
    }

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task HomeLedeStartsAboveTheFold(int width, int height)
    {
        var (context, page) = await OpenAtAsync("/", width, height);
        await using var _ = context;

        var top = await Number(page, "document.querySelector('main p').getBoundingClientRect().top");
        var text = await page.Locator("main p").First.InnerTextAsync();

        Assert.StartsWith("TreatyExplainer explains the dispute", text);
        Assert.True(top < height - 60, $"the lede starts at {top}px in a {height}px window");
    }

    [Fact]
    public async Task PrintOmitsMentionedInAndMenusAndShowsTheAddressAndReviewDate()
    {
        var (context, page) = await OpenAtAsync(Island, 1366, 900);
        await using var _ = context;
        // A body link that leaves the site, as an editor may write one.
        await page.EvaluateAsync("(() => { const a = document.createElement('a'); a.id = 'outbound'; a.href = 'https://example.org/page'; a.textContent = 'out'; document.querySelector('.body p').append(a); })()");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".mentioned-in").IsVisibleAsync());
        Assert.False(await page.Locator(".menu").IsVisibleAsync());
        Assert.False(await page.Locator("nav[aria-label=Contents]").IsVisibleAsync());
        Assert.Contains("/islands/iturup/", await page.Locator(".print-only").InnerTextAsync());
        Assert.Contains("Reviewed against its references", await page.Locator(".site-footer .updated").InnerTextAsync());
        Assert.Contains("https://example.org/page", await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('outbound'), '::after').content"));
        Assert.StartsWith("https://", await page.Locator(".reference-list a.external").First.InnerTextAsync());
    }

    [Fact]
    public async Task MenuOpensWithoutJavaScript()
    {
        var (context, page) = await OpenAtAsync(Island, 390, 844, javaScript: false);
        await using var _ = context;
        var people = page.Locator("nav[aria-label=Sections] a", new PageLocatorOptions { HasText = "People" });

        Assert.False(await people.IsVisibleAsync());
        await page.Locator(".menu > summary").ClickAsync();

        Assert.True(await people.IsVisibleAsync());
        Assert.True(await page.Locator(".naming").IsVisibleAsync() || await page.Locator(".quick-search").IsVisibleAsync());
    }
}
