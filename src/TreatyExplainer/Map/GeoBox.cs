namespace TreatyExplainer.Map;

/// <summary>A longitude/latitude box in degrees (east and north positive).</summary>
public sealed record GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public double CentreLon => (MinLon + MaxLon) / 2;

    public double CentreLat => (MinLat + MaxLat) / 2;

    public bool Contains(double lon, double lat) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;

    public bool Intersects(GeoBox other) =>
        other.MinLon <= MaxLon && other.MaxLon >= MinLon && other.MinLat <= MaxLat && other.MaxLat >= MinLat;

    public static GeoBox Of(IEnumerable<(double Lon, double Lat)> points)
    {
        double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
        foreach (var (lon, lat) in points)
        {
            minLon = Math.Min(minLon, lon);
            minLat = Math.Min(minLat, lat);
            maxLon = Math.Max(maxLon, lon);
            maxLat = Math.Max(maxLat, lat);
        }

        return new GeoBox(minLon, minLat, maxLon, maxLat);
    }
}
