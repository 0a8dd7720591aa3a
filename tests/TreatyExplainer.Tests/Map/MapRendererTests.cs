using System.Globalization;
using System.Xml.Linq;
using TreatyExplainer.Map;

namespace TreatyExplainer.Tests.Map;

public sealed class MapRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly MapPlace[] Places =
    [
        new("iturup", "Iturup (Etorofu)", "択捉島", "Итуруп", 45.0, 147.9, "/islands/iturup/", true),
        new("kunashir", "Kunashir (Kunashiri)", "国後島", "Кунашир", 44.1, 146.0, "/islands/kunashir/", true),
        new("shikotan", "Shikotan", "色丹島", "Шикотан", 43.8, 146.75, "/islands/shikotan/", true),
        new("habomai", "Habomai islets", "歯舞群島", "Хабомаи", 43.5, 146.1, "/islands/habomai/", true),
        new("hokkaido", "Hokkaido", "北海道", "Хоккайдо", 43.5, 142.8, "/islands/hokkaido/", false),
        new("nemuro", "Nemuro", "根室", "Немуро", 43.33, 145.58, "/islands/nemuro/", false),
        new("sakhalin", "Sakhalin", "樺太", "Сахалин", 47.5, 142.7, "/islands/sakhalin/", false),
    ];

    [Fact]
    public void FullMapParsesAsXmlWithTitleAndDesc()
    {
        var doc = XDocument.Parse(MapRenderer.Render(Places, "iturup"));
        var root = doc.Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("group", (string?)root.Attribute("role")); // a group, so the island links inside stay reachable by screen readers
        var labelledBy = ((string?)root.Attribute("aria-labelledby"))!.Split(' ');
        Assert.NotEmpty(labelledBy);
        foreach (var id in labelledBy)
        {
            Assert.Single(doc.Descendants(), e => (string?)e.Attribute("id") == id);
        }

        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.All(ids, id => Assert.StartsWith("map-", id, StringComparison.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("administered by Russia since 1945 and claimed by Japan", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Single(root.Elements(Svg + "path"), e => (string?)e.Attribute("class") == "map-land");
        Assert.Single(root.Elements(Svg + "path"), e => (string?)e.Attribute("class") == "map-chain");
    }

    [Fact]
    public void EachDisputedPlaceIsALinkWithBothNames()
    {
        var doc = XDocument.Parse(MapRenderer.Render(Places, highlightId: null));
        var links = doc.Descendants(Svg + "a").ToList();

        var disputed = Places.Where(p => p.Disputed).ToList();
        Assert.Equal(disputed.Count, links.Count);
        foreach (var place in disputed)
        {
            var link = Assert.Single(links, a => (string?)a.Attribute("data-id") == place.Id);
            Assert.Equal(place.Href, (string?)link.Attribute("href"));
            Assert.Equal("map-island", (string?)link.Attribute("class"));
            var title = link.Element(Svg + "title")!.Value;
            Assert.Contains(place.Title, title, StringComparison.Ordinal);
            Assert.Contains(place.JapaneseName!, title, StringComparison.Ordinal);
            Assert.Contains(place.RussianName!, title, StringComparison.Ordinal);
            Assert.NotNull(link.Element(Svg + "circle"));
            var label = link.Element(Svg + "text")!;
            Assert.Equal("map-label", (string?)label.Attribute("class"));
            var fontSize = double.Parse((string)label.Attribute("font-size")!, CultureInfo.InvariantCulture);
            Assert.True(fontSize >= 26, $"label font-size {fontSize} is too small for a phone");
        }

        var iturup = links.Single(a => (string?)a.Attribute("data-id") == "iturup");
        Assert.Equal("Iturup (Etorofu) — 択捉島 / Итуруп", iturup.Element(Svg + "title")!.Value);
        Assert.Equal("Iturup / Etorofu", iturup.Element(Svg + "text")!.Value);
        Assert.DoesNotContain(doc.Descendants(Svg + "a"), a => (string?)a.Attribute("data-id") == "hokkaido");
    }

    [Fact]
    public void HighlightMarksExactlyOneIslandCurrent()
    {
        var doc = XDocument.Parse(MapRenderer.Render(Places, "kunashir"));

        var current = Assert.Single(doc.Descendants(), e => e.Attribute("aria-current") is not null);
        Assert.Equal(Svg + "a", current.Name);
        Assert.Equal("page", (string?)current.Attribute("aria-current"));
        Assert.Equal("kunashir", (string?)current.Attribute("data-id"));
        Assert.Equal("map-island is-current", (string?)current.Attribute("class"));
        Assert.Single(doc.Descendants(), e => ((string?)e.Attribute("class") ?? string.Empty).Contains("is-current", StringComparison.Ordinal));
    }

    [Fact]
    public void NoHighlightMarksNothingCurrent()
    {
        var svg = MapRenderer.Render(Places, "no-such-place");

        Assert.DoesNotContain("aria-current", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("is-current", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void AllTextIsEscaped()
    {
        const string Evil = "<script>alert(1)</script> & \"quoted\" 'single'";
        MapPlace[] places =
        [
            new("evil\"id", Evil + " (Other)", Evil, Evil, 44.5, 147.0, "/x/?a=1&b=\"2\"", true),
            new("evil-minor", Evil, null, null, 43.5, 142.8, "/y/", false),
        ];

        var svg = MapRenderer.Render(places, "evil\"id");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("&amp;", svg, StringComparison.Ordinal);
        Assert.Contains("&quot;quoted&quot;", svg, StringComparison.Ordinal);
        Assert.Contains("&#39;single&#39;", svg, StringComparison.Ordinal);

        var doc = XDocument.Parse(svg);
        var link = Assert.Single(doc.Descendants(Svg + "a"));
        Assert.Equal("/x/?a=1&b=\"2\"", (string?)link.Attribute("href"));
        Assert.Equal("evil\"id", (string?)link.Attribute("data-id"));
        Assert.StartsWith(Evil + " (Other) — " + Evil, link.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void ThumbnailHasNoLinksLabelsOrIds()
    {
        var svg = MapRenderer.Render(Places, "shikotan", thumbnail: true);
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;

        Assert.Equal("map map-thumb", (string?)root.Attribute("class"));
        Assert.Empty(doc.Descendants(Svg + "a"));
        Assert.Empty(doc.Descendants(Svg + "text"));
        Assert.DoesNotContain(doc.Descendants(), e => e.Attribute("id") is not null);
        Assert.Single(root.Elements(Svg + "path"), e => (string?)e.Attribute("class") == "map-land");
        Assert.Single(root.Elements(Svg + "path"), e => (string?)e.Attribute("class") == "map-chain");
        var marker = Assert.Single(doc.Descendants(), e => (string?)e.Attribute("class") == "map-island is-current");
        Assert.NotNull(marker.Element(Svg + "circle"));
        Assert.True(svg.Length < MapRenderer.Render(Places, "shikotan").Length);
    }

    [Fact]
    public void CoastlineHasManyRingsWithinItsBox()
    {
        var coastline = Coastline.Default;

        Assert.True(coastline.Rings.Count > 20, $"only {coastline.Rings.Count} rings");
        Assert.Equal((139.5, 41.0, 157.5, 51.5), (coastline.MinLon, coastline.MinLat, coastline.MaxLon, coastline.MaxLat));
        Assert.Contains("Natural Earth", coastline.Source, StringComparison.Ordinal);
        Assert.Contains("public domain", coastline.License, StringComparison.Ordinal);
        foreach (var ring in coastline.Rings)
        {
            Assert.True(ring.Count >= 3);
            Assert.All(ring, p =>
            {
                Assert.InRange(p.Lon, coastline.MinLon, coastline.MaxLon);
                Assert.InRange(p.Lat, coastline.MinLat, coastline.MaxLat);
            });
        }

        Assert.Same(coastline, Coastline.Default);
    }

    [Fact]
    public void CoastlineHasLandUnderEachDisputedIsland()
    {
        var coastline = Coastline.Default;

        foreach (var place in Places.Where(p => p.Disputed))
        {
            var nearest = coastline.Rings.SelectMany(r => r)
                .Min(p => Math.Abs(p.Lon - place.Lon) + Math.Abs(p.Lat - place.Lat));
            Assert.True(nearest < 0.5, $"no coastline near {place.Id}");
        }
    }

    [Fact]
    public void OutputIsDeterministicAndCultureInvariant()
    {
        var first = MapRenderer.Render(Places, "habomai");
        var second = MapRenderer.Render(Places, "habomai");
        var firstThumb = MapRenderer.Render(Places, "habomai", thumbnail: true);

        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        string turkish;
        string turkishThumb;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
            turkish = MapRenderer.Render(Places, "habomai");
            turkishThumb = MapRenderer.Render(Places, "habomai", thumbnail: true);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }

        Assert.Equal(first, second);
        Assert.Equal(first, turkish);
        Assert.Equal(firstThumb, turkishThumb);
        Assert.DoesNotMatch(@"\d,\d", first.Replace(", ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void LegendNamesBothSides()
    {
        Assert.Equal("Administered by Russia since 1945; claimed by Japan.", MapRenderer.Legend);
    }
}
