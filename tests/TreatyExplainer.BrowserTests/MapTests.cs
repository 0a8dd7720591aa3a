using Microsoft.Playwright;

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

    // Counts pixels of the highlight colour (#f0a04b, light) inside the current island's outline box, from a screenshot.
    private const string CountHighlight = """
        async ([data, box]) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + data;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width; canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const pixels = context.getImageData(box.x, box.y, Math.max(1, box.width), Math.max(1, box.height)).data;
          let hits = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (Math.abs(pixels[i] - 240) < 12 && Math.abs(pixels[i + 1] - 160) < 12 && Math.abs(pixels[i + 2] - 75) < 12) hits++;
          return hits;
        }
        """;

    [Fact]
    public async Task ShikotansShapeIsVisibleInItsMap()
    {
        var (page, _) = await OpenAsync("/islands/shikotan/");
        var map = page.Locator("svg.map");
        var shape = page.Locator("svg.map a.map-island.is-current path");
        var mapBox = (await map.BoundingBoxAsync())!;
        var shapeBox = (await shape.BoundingBoxAsync())!;
        var png = Convert.ToBase64String(await map.ScreenshotAsync());

        var box = new { x = (int)(shapeBox.X - mapBox.X), y = (int)(shapeBox.Y - mapBox.Y), width = (int)shapeBox.Width, height = (int)shapeBox.Height };
        var hits = await page.EvaluateAsync<int>(CountHighlight, new object[] { png, box });

        Assert.True(hits > box.width * box.height / 5, $"only {hits} highlight pixels in Shikotan's {box.width}x{box.height} box");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/islands/iturup/")]
    public async Task MapFitsAPhoneWithoutSidewaysScroll(string path)
    {
        var (page, _) = await OpenAsync(path, width: 360);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('svg.map').getBoundingClientRect().right <= 360"));
    }

    [Theory]
    [InlineData("ja", "Etorofu")]
    [InlineData("ru", "Iturup")]
    [InlineData("both", "Iturup(Etorofu)")]
    public async Task MapLabelsFollowTheNamingChoice(string choice, string shown)
    {
        var (page, _) = await OpenAsync("/");
        await page.EvaluateAsync($"localStorage.setItem('treatyexplainer-names', '{choice}')");
        await page.ReloadAsync();

        var visible = await page.EvaluateAsync<string>("""
            [...document.querySelectorAll('svg.map a[data-id=iturup] text tspan')]
              .filter(t => getComputedStyle(t).display !== 'none').map(t => t.textContent).join('')
            """);

        Assert.Equal(shown, visible);
    }

    [Fact]
    public async Task InDarkModeIslandsAndLabelsStandOutFromTheSea()
    {
        var (page, _) = await OpenAsync("/islands/shikotan/", ColorScheme.Dark);

        var contrast = await page.EvaluateAsync<double[]>("""
            (() => {
              const rgb = s => s.match(/\d+/g).slice(0, 3).map(Number);
              const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const fill = sel => rgb(getComputedStyle(document.querySelector(sel)).fill);
              const sea = fill('svg.map .map-sea');
              return [ratio(fill('svg.map .map-shape.is-current'), sea), ratio(fill('svg.map .map-label'), sea), ratio(fill('svg.map .map-shape.map-faded'), sea)];
            })()
            """);

        Assert.True(contrast[0] >= 3, $"island/sea contrast {contrast[0]:0.00}");
        Assert.True(contrast[1] >= 4.5, $"label/sea contrast {contrast[1]:0.00}");
        Assert.True(contrast[2] >= 1.3, $"faded island/sea contrast {contrast[2]:0.00}");
    }

    [Fact]
    public async Task WithoutCssTheMapIsNotBlack()
    {
        var context = await Site.Browser!.NewContextAsync(new() { BaseURL = Site.BaseUrl, ViewportSize = new() { Width = 1000, Height = 900 } });
        try
        {
            await context.RouteAsync("**/*.css", route => route.AbortAsync());
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var png = Convert.ToBase64String(await page.Locator("svg.map").ScreenshotAsync());

            var dark = await page.EvaluateAsync<double>("""
                async data => {
                  const image = new Image(); image.src = 'data:image/png;base64,' + data; await image.decode();
                  const canvas = document.createElement('canvas'); canvas.width = image.width; canvas.height = image.height;
                  const context = canvas.getContext('2d'); context.drawImage(image, 0, 0);
                  const p = context.getImageData(0, 0, image.width, image.height).data;
                  let dark = 0; for (let i = 0; i < p.length; i += 4) if (p[i] + p[i + 1] + p[i + 2] < 150) dark++;
                  return dark / (p.length / 4);
                }
                """, png);

            Assert.True(dark < 0.1, $"{dark:P0} of the map is near-black without CSS");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
