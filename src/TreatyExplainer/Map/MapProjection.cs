namespace TreatyExplainer.Map;

/// <summary>
/// Equirectangular projection of a <see cref="GeoBox"/> onto a viewBox <see cref="Width"/> units wide, with
/// longitudes scaled by cos(latitude of the box's centre): north–south distances are true everywhere and
/// east–west distances are true at the centre latitude, which is where the scale bar is measured.
/// </summary>
internal sealed class MapProjection
{
    /// <summary>Kilometres per degree of latitude on a sphere of the mean Earth radius, 6,371.0 km.</summary>
    public const double KmPerDegree = 6371.0 * Math.PI / 180;

    private readonly double _cosLat0;
    private readonly double _unitsPerDegree;

    public MapProjection(GeoBox box, double width)
    {
        Box = box;
        Width = width;
        _cosLat0 = Math.Cos(box.CentreLat * Math.PI / 180);
        _unitsPerDegree = width / ((box.MaxLon - box.MinLon) * _cosLat0);
        Height = Math.Round((box.MaxLat - box.MinLat) * _unitsPerDegree, 1);
    }

    public GeoBox Box { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Kilometres on the ground per viewBox unit (true north–south, and east–west at the centre latitude).</summary>
    public double KmPerUnit => KmPerDegree / _unitsPerDegree;

    public (double X, double Y) Project(double lon, double lat) =>
        ((lon - Box.MinLon) * _cosLat0 * _unitsPerDegree, (Box.MaxLat - lat) * _unitsPerDegree);

    public (double X, double Y) Project((double Lon, double Lat) point) => Project(point.Lon, point.Lat);

    /// <summary>
    /// The box around <paramref name="inner"/>, widened to <paramref name="aspect"/> (width / height) on the ground
    /// and to at least <paramref name="minKm"/> wide, centred where <paramref name="inner"/> is.
    /// </summary>
    public static GeoBox Frame(GeoBox inner, double aspect, double minKm, double padding)
    {
        var cos = Math.Cos(inner.CentreLat * Math.PI / 180);
        var widthKm = (inner.MaxLon - inner.MinLon) * cos * KmPerDegree * (1 + (2 * padding));
        var heightKm = (inner.MaxLat - inner.MinLat) * KmPerDegree * (1 + (2 * padding));
        widthKm = Math.Max(Math.Max(widthKm, minKm), heightKm * aspect);
        heightKm = widthKm / aspect;
        var halfLon = widthKm / 2 / KmPerDegree / cos;
        var halfLat = heightKm / 2 / KmPerDegree;
        return new GeoBox(inner.CentreLon - halfLon, inner.CentreLat - halfLat, inner.CentreLon + halfLon, inner.CentreLat + halfLat);
    }
}
