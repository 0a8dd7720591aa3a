using System.Xml.Linq;
using TreatyExplainer.Map;
using static TreatyExplainer.Tests.Map.MapFixtures;

namespace TreatyExplainer.Tests.Map;

public sealed class ScaleBarTests
{
    [Theory]
    [InlineData("overview")]
    [InlineData("iturup")]
    [InlineData("shikotan")]
    [InlineData("habomai")]
    public void BarLengthMatchesTheGreatCircleDistanceItClaims(string name)
    {
        var frame = name == "overview" ? OverviewMap.Frame : IslandMap.FrameFor(Places, name)!;
        var doc = AllMaps().Single(m => m.Name == name).Doc;
        var (width, _) = ViewBox(doc);
        var scale = doc.Descendants(SvgNs + "g").Single(g => (string?)g.Attribute("class") == "map-scale");
        var km = Number(scale, "data-km");
        var bar = Number(scale.Element(SvgNs + "rect")!, "width");

        // Along the centre latitude, where the projection is true east-west.
        var lonSpan = bar / width * (frame.MaxLon - frame.MinLon);
        var measured = Haversine(frame.CentreLat, 0, frame.CentreLat, lonSpan);
        Assert.InRange(measured, km * 0.99, km * 1.01);
        Assert.Equal($"{km:0} km", scale.Element(SvgNs + "text")!.Value);
        Assert.InRange(bar / width, 0.08, 0.21);
    }

    [Fact]
    public void LengthIsARoundNumber()
    {
        var projection = new MapProjection(new GeoBox(145, 43, 148, 45), 1000);
        var (km, units) = ScaleBar.Length(projection);

        Assert.Contains(km, new[] { 10.0, 20, 50, 100, 200, 500 });
        Assert.Equal(km, units * projection.KmPerUnit, 6);
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2));
        return 2 * 6371.0 * Math.Asin(Math.Sqrt(a));
    }
}
