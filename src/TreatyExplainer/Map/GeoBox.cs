namespace TreatyExplainer.Map;

/// <summary>A longitude/latitude box in degrees (east and north positive).</summary>
public sealed record GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public double CentreLon => (MinLon + MaxLon) / 2;

    public double CentreLat => (MinLat + MaxLat) / 2;

    public bool Contains(double lon, double lat) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;

    public bool Intersects(GeoBox other) =>
        other.MinLon <= MaxLon && other.MaxLon >= MinLon && other.MinLat <= MaxLat && other.MaxLat >= MinLat;

    /// <summary>The smallest box holding every point; <see cref="Rect.Of"/> computes it, with latitude as its y.</summary>
    public static GeoBox Of(IEnumerable<(double Lon, double Lat)> points)
    {
        var box = Rect.Of(points);
        return new GeoBox(box.L, box.T, box.R, box.B);
    }
}
