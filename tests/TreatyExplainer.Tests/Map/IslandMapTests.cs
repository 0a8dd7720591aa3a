using System.Xml.Linq;
using TreatyExplainer.Map;
using static TreatyExplainer.Tests.Map.MapFixtures;

namespace TreatyExplainer.Tests.Map;

public sealed class IslandMapTests
{
    public static TheoryData<string> Islands => [.. Disputed];

    [Theory]
    [MemberData(nameof(Islands))]
    public void ZoomFrameContainsTheWholeIsland(string id)
    {
        var place = Places.Single(p => p.Id == id);
        var shape = Land.ShapeAt(place.Lon, place.Lat)!;
        var frame = IslandMap.FrameFor(Places, id)!;

        Assert.True(frame.Contains(shape.Bounds.MinLon, shape.Bounds.MinLat) && frame.Contains(shape.Bounds.MaxLon, shape.Bounds.MaxLat));
        var (width, height) = ViewBox(XDocument.Parse(MapRenderer.Island(Places, id)));
        var box = PathBox(CurrentShape(id));
        Assert.True(box.L > 0 && box.T > 0 && box.R < width && box.B < height);
    }

    [Theory]
    [MemberData(nameof(Islands))]
    public void IslandIsFilledAndLargeEnoughToSee(string id)
    {
        var shape = CurrentShape(id);
        var box = PathBox(shape);

        Assert.Equal("map-shape is-current", (string?)shape.Attribute("class"));
        Assert.Equal("#f0a04b", (string?)shape.Attribute("fill"));
        Assert.True(Math.Max(box.R - box.L, box.B - box.T) >= 60, $"{id} is only {box.R - box.L:0} units wide on its own map");
    }

    [Fact]
    public void NeighboursAreFadedAndStillLinks()
    {
        var doc = XDocument.Parse(MapRenderer.Island(Places, "kunashir"));
        var neighbours = doc.Descendants(SvgNs + "a").Where(a => (string?)a.Attribute("class") == "map-island").ToList();

        Assert.Equal(["habomai", "iturup", "shikotan"], neighbours.Select(a => (string)a.Attribute("data-id")!).Order());
        Assert.All(neighbours, a => Assert.Equal("map-shape map-faded", (string?)a.Element(SvgNs + "path")!.Attribute("class")));
        Assert.Contains(doc.Descendants(SvgNs + "path"), p => (string?)p.Attribute("class") == "map-land map-faded");
    }

    [Theory]
    [MemberData(nameof(Islands))]
    public void HasALocatorInsetMarkingItsFrame(string id)
    {
        var doc = XDocument.Parse(MapRenderer.Island(Places, id));
        var inset = doc.Root!.Elements(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "map-locator");

        Assert.Contains(inset.Elements(SvgNs + "path"), p => (string?)p.Attribute("class") == "map-shape is-current");
        Assert.Equal(2, inset.Elements(SvgNs + "rect").Count(r => (string?)r.Attribute("class") == "map-frame"));
        Assert.Single(inset.Elements(SvgNs + "circle"));
    }

    [Fact]
    public void PlaceWithoutAnOutlineGetsTheOverview()
    {
        Assert.Contains("map-overview", MapRenderer.Island(Places, "hokkaido"), StringComparison.Ordinal);
        Assert.Contains("map-overview", MapRenderer.Render(Places, null), StringComparison.Ordinal);
        Assert.Contains("map-zoom", MapRenderer.Render(Places, "iturup"), StringComparison.Ordinal);
    }

    [Fact]
    public void LocatorIsSmallDecorativeAndShowsTheIsland()
    {
        var svg = MapRenderer.Locator(Places, "habomai");
        var doc = XDocument.Parse(svg);

        Assert.True(Number(doc.Root!, "width") <= 120 && Number(doc.Root!, "height") <= 90);
        Assert.Equal("true", (string?)doc.Root!.Attribute("aria-hidden"));
        Assert.Empty(doc.Descendants(SvgNs + "text"));
        Assert.Empty(doc.Descendants(SvgNs + "a"));
        Assert.Single(doc.Descendants(SvgNs + "path"), p => (string?)p.Attribute("class") == "map-shape is-current");
        Assert.Single(doc.Descendants(SvgNs + "circle"));
        Assert.True(svg.Length < 6000, $"locator is {svg.Length} bytes");
    }

    private static XElement CurrentShape(string id) =>
        XDocument.Parse(MapRenderer.Island(Places, id)).Root!
            .Elements(SvgNs + "a").Single(a => (string?)a.Attribute("data-id") == id)
            .Element(SvgNs + "path")!;
}
