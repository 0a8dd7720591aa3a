using System.Xml.Linq;
using TreatyExplainer.Map;
using static TreatyExplainer.Tests.Map.MapFixtures;

namespace TreatyExplainer.Tests.Map;

public sealed class MapRendererTests
{
    [Fact]
    public void OverviewParsesAsXmlWithTitleAndDesc()
    {
        var doc = XDocument.Parse(MapRenderer.Overview(Places));
        var root = doc.Root!;

        Assert.Equal(SvgNs + "svg", root.Name);
        Assert.Equal("group", (string?)root.Attribute("role")); // a group, so the island links inside stay reachable by screen readers
        foreach (var id in ((string?)root.Attribute("aria-labelledby"))!.Split(' '))
        {
            Assert.Single(doc.Descendants(), e => (string?)e.Attribute("id") == id);
        }

        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.All(ids, id => Assert.StartsWith("map-", id, StringComparison.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("administered by Russia since 1945 and claimed by Japan", root.Element(SvgNs + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void OverviewLabelsCountriesSeasAndNeighbours()
    {
        var doc = XDocument.Parse(MapRenderer.Overview(Places));
        var labels = doc.Descendants(SvgNs + "text").Select(t => t.Value).ToList();

        foreach (var name in new[] { "Japan", "Russia", "Hokkaido", "Sakhalin", "Kamchatka", "Urup", "Sea of Okhotsk", "Pacific Ocean" })
        {
            Assert.Contains(name, labels);
        }
    }

    [Fact]
    public void OverviewDrawsBothTreatyBoundariesWithALegend()
    {
        var doc = XDocument.Parse(MapRenderer.Overview(Places));
        var lines = doc.Descendants(SvgNs + "line").Select(l => (string?)l.Attribute("class")).ToList();
        var legend = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "map-legend").Value;

        Assert.Contains("map-boundary map-1855", lines);
        Assert.Contains("map-boundary map-1875", lines);
        Assert.Contains("1855 boundary (Treaty of Shimoda)", legend, StringComparison.Ordinal);
        Assert.Contains("1875 boundary (Treaty of Saint Petersburg)", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundariesRunBetweenTheIslandsTheTreatiesName()
    {
        var shimoda = TreatyBoundary.All[0].Line!.Value;
        var petersburg = TreatyBoundary.All[1].Line!.Value;
        var mid1855 = ((shimoda.A.Lon + shimoda.B.Lon) / 2, (shimoda.A.Lat + shimoda.B.Lat) / 2);
        var mid1875 = ((petersburg.A.Lon + petersburg.B.Lon) / 2, (petersburg.A.Lat + petersburg.B.Lat) / 2);

        // Iturup ends near 148.9 E and Urup begins near 149.4 E; Shumshu lies off Cape Lopatka near 156.5 E 50.9 N.
        Assert.InRange(mid1855.Item1, 148.86, 149.44);
        Assert.InRange(mid1875.Item1, 156.3, 156.9);
        Assert.InRange(mid1875.Item2, 50.7, 51.1);
        Assert.Null(Land.ShapeAt(mid1855.Item1, mid1855.Item2) is { } s && s.Contains(mid1855.Item1, mid1855.Item2) ? s : null);
    }

    [Fact]
    public void EachDisputedIslandIsALinkedOutlineWithItsNamesAsRealText()
    {
        var doc = XDocument.Parse(MapRenderer.Overview(Places));
        var links = doc.Descendants(SvgNs + "a").Where(a => (string?)a.Attribute("class") == "map-island").ToList();

        Assert.Equal(Disputed.Order(), links.Select(a => (string)a.Attribute("data-id")!).Order());
        Assert.All(links, a => Assert.NotNull(a.Element(SvgNs + "path")));
        Assert.Empty(doc.Descendants(SvgNs + "circle")); // outlines, not markers
        var iturup = links.Single(a => (string?)a.Attribute("data-id") == "iturup");
        Assert.Equal("/islands/iturup/", (string?)iturup.Attribute("href"));
        Assert.Equal("Iturup (Etorofu) — 択捉島 / Итуруп", iturup.Element(SvgNs + "title")!.Value);
        var label = iturup.Element(SvgNs + "text")!;
        Assert.Contains("place-name", (string)label.Attribute("class")!, StringComparison.Ordinal);
        Assert.Equal(
            [("place-ru", "Iturup"), ("place-pair", "("), ("place-ja", "Etorofu"), ("place-pair", ")")],
            label.Elements(SvgNs + "tspan").Select(t => ((string)t.Attribute("class")!, t.Value)).ToList());
        Assert.Equal("Shikotan", links.Single(a => (string?)a.Attribute("data-id") == "shikotan").Element(SvgNs + "text")!.Value);
    }

    [Fact]
    public void CurrentPlaceIsMarkedOnlyWhereAsked()
    {
        var island = MapRenderer.Island(Places, "kunashir");
        var doc = XDocument.Parse(island);

        var current = Assert.Single(doc.Descendants(), e => e.Attribute("aria-current") is not null);
        Assert.Equal("kunashir", (string?)current.Attribute("data-id"));
        Assert.Equal("map-island is-current", (string?)current.Attribute("class"));
        Assert.DoesNotContain("aria-current", MapRenderer.Overview(Places), StringComparison.Ordinal);
        Assert.DoesNotContain("is-current", MapRenderer.Render(Places, "no-such-place"), StringComparison.Ordinal);
    }

    [Fact]
    public void AllTextIsEscaped()
    {
        const string Evil = "<script>alert(1)</script> & \"quoted\" 'single'";
        MapPlace[] places = [new("evil\"id", Evil + " (Other)", Evil, Evil, 44.1, 145.85, "/x/?a=1&b=\"2\"", true)];

        var svg = MapRenderer.Island(places, "evil\"id");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        var doc = XDocument.Parse(svg);
        var link = Assert.Single(doc.Descendants(SvgNs + "a"), a => a.Attribute("data-id") is not null);
        Assert.Equal("/x/?a=1&b=\"2\"", (string?)link.Attribute("href"));
        Assert.Equal("evil\"id", (string?)link.Attribute("data-id"));
        Assert.StartsWith(Evil + " (Other) — " + Evil, link.Element(SvgNs + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void CoastlineHasLandUnderEachDisputedIsland()
    {
        var coastline = Coastline.Default;

        Assert.Contains("Natural Earth", coastline.Source, StringComparison.Ordinal);
        Assert.Contains("public domain", coastline.License, StringComparison.Ordinal);
        foreach (var place in Places.Where(p => p.Disputed))
        {
            Assert.NotNull(Land.ShapeAt(place.Lon, place.Lat));
        }

        Assert.Equal(4, Places.Where(p => p.Disputed).Select(p => Land.ShapeAt(p.Lon, p.Lat)!.Index).Distinct().Count());
    }

    [Fact]
    public void LegendNamesBothSides()
    {
        Assert.Equal("Administered by Russia since 1945; claimed by Japan.", MapRenderer.Legend);
    }
}
