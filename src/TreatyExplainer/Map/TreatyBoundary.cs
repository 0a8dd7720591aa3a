namespace TreatyExplainer.Map;

/// <summary>
/// A treaty boundary at sea, between two coasts: drawn across the strait at the midpoint of the two coasts'
/// nearest points, square to the line joining them. Each coast is found by a point on it.
/// </summary>
internal sealed record TreatyBoundary(string Caption, MapPaint Paint, (double Lon, double Lat) West, (double Lon, double Lat) East)
{
    private const double LengthKm = 110;

    /// <summary>
    /// Treaty of Shimoda (1855), article 2: between Iturup and Urup. Treaty of Saint Petersburg (1875), article 2:
    /// Russia ceded the islands from Urup to Shumshu, so the border ran through the strait between Shumshu and
    /// Kamchatka's southern tip (Cape Lopatka). The points are those of the site's own Iturup, Urup and Shumshu
    /// entries, and one on southern Kamchatka.
    /// </summary>
    public static readonly IReadOnlyList<TreatyBoundary> All =
    [
        new("1855 boundary (Treaty of Shimoda)", MapPaint.Boundary1855, (147.9, 45.0), (150.0, 45.9)),
        new("1875 boundary (Treaty of Saint Petersburg)", MapPaint.Boundary1875, (156.3, 50.7), (156.9, 51.3)),
    ];

    private readonly Lazy<((double Lon, double Lat) A, (double Lon, double Lat) B)?> _line = new(() => Compute(West, East));

    /// <summary>The line's two ends, or null if either coast is missing from the coastline data.</summary>
    public ((double Lon, double Lat) A, (double Lon, double Lat) B)? Line => _line.Value;

    /// <summary>Whether either end of the line lies in the box: the map shows it.</summary>
    public bool Crosses(GeoBox box) => Line is { } line && (box.Contains(line.A.Lon, line.A.Lat) || box.Contains(line.B.Lon, line.B.Lat));

    private static ((double Lon, double Lat), (double Lon, double Lat))? Compute((double Lon, double Lat) west, (double Lon, double Lat) east)
    {
        if (Land.ShapeAt(west.Lon, west.Lat) is not { } a || Land.ShapeAt(east.Lon, east.Lat) is not { } b || a == b)
        {
            return null;
        }

        var cos = Math.Cos((west.Lat + east.Lat) / 2 * Math.PI / 180);
        var (p, q) = a.Points
            .SelectMany(p => b.Points.Select(q => (P: p, Q: q)))
            .MinBy(pq => Math.Pow((pq.P.Lon - pq.Q.Lon) * cos, 2) + Math.Pow(pq.P.Lat - pq.Q.Lat, 2));
        var midLon = (p.Lon + q.Lon) / 2;
        var midLat = (p.Lat + q.Lat) / 2;

        // Work in km east and north so "square to" means square on the ground.
        var dx = (q.Lon - p.Lon) * cos;
        var dy = q.Lat - p.Lat;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var half = LengthKm / 2 / MapProjection.KmPerDegree;
        var (nx, ny) = (-dy / length * half, dx / length * half);
        return ((midLon - (nx / cos), midLat - ny), (midLon + (nx / cos), midLat + ny));
    }
}
