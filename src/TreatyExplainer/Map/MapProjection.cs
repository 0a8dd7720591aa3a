namespace TreatyExplainer.Map;

/// <summary>
/// Equirectangular projection of the coastline's box onto a viewBox <see cref="Width"/> units wide, with
/// longitudes scaled by cos(latitude of the box's centre) so shapes keep roughly their true proportions.
/// </summary>
internal sealed class MapProjection
{
    public const int Width = 1000;

    private readonly double _minLon;
    private readonly double _maxLat;
    private readonly double _xScale;
    private readonly double _yScale;

    public MapProjection(double minLon, double minLat, double maxLon, double maxLat)
    {
        _minLon = minLon;
        _maxLat = maxLat;
        MinLat = minLat;
        MaxLon = maxLon;
        var cosLat0 = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        _yScale = Width / ((maxLon - minLon) * cosLat0);
        _xScale = _yScale * cosLat0;
        Height = (int)Math.Ceiling(Math.Round((maxLat - minLat) * _yScale, 6));
    }

    public static MapProjection Default { get; } = new(
        Coastline.Default.MinLon, Coastline.Default.MinLat, Coastline.Default.MaxLon, Coastline.Default.MaxLat);

    public int Height { get; }

    public double MinLat { get; }

    public double MaxLon { get; }

    public bool Contains(double lat, double lon) =>
        lon >= _minLon && lon <= MaxLon && lat >= MinLat && lat <= _maxLat;

    public (double X, double Y) Project(double lat, double lon) =>
        ((lon - _minLon) * _xScale, (_maxLat - lat) * _yScale);
}
