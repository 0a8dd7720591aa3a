using TreatyExplainer.Map;

namespace TreatyExplainer.Tests.Map;

public sealed class GeoBoxTests
{
    [Fact]
    public void BoxRunsFromTheLeastToTheGreatestLongitudeAndLatitude()
    {
        var box = GeoBox.Of([(146.1, 44.0), (148.9, 43.2), (145.5, 45.6)]);

        Assert.Equal(new GeoBox(145.5, 43.2, 148.9, 45.6), box);
    }

    [Fact]
    public void BoxOfACoastlineRingTouchesItsExtremePoints()
    {
        var ring = Coastline.Default.Rings.MaxBy(r => r.Count)!;

        var box = GeoBox.Of(ring);

        Assert.Equal(ring.Min(p => p.Lon), box.MinLon);
        Assert.Equal(ring.Max(p => p.Lon), box.MaxLon);
        Assert.Equal(ring.Min(p => p.Lat), box.MinLat);
        Assert.Equal(ring.Max(p => p.Lat), box.MaxLat);
    }
}
