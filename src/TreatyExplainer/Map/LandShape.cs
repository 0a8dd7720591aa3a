namespace TreatyExplainer.Map;

/// <summary>One coastline ring of <see cref="Coastline.Default"/>: an island, or a cropped piece of a larger coast.</summary>
internal sealed record LandShape(int Index, IReadOnlyList<(double Lon, double Lat)> Points, GeoBox Bounds)
{
    public bool Contains(double lon, double lat) =>
        Polygon.Contains(Points, lon, lat);

    /// <summary>Approximate ground distance in km from a point to the nearest vertex.</summary>
    public double DistanceKm(double lon, double lat)
    {
        var cos = Math.Cos(lat * Math.PI / 180);
        return Points.Min(p => Math.Sqrt(Square((p.Lon - lon) * cos) + Square(p.Lat - lat))) * MapProjection.KmPerDegree;
    }

    private static double Square(double v) => v * v;
}
