namespace TreatyExplainer.Map;

/// <summary>The coastline's rings as <see cref="LandShape"/>s, and finding the one a place stands on.</summary>
internal static class Land
{
    // A place whose point falls just off its outline (the Habomai islets' point lies in the sea between them)
    // still takes the nearest ring this close.
    private const double NearKm = 12;

    private static readonly Lazy<IReadOnlyList<LandShape>> Cached = new(() =>
        Coastline.Default.Rings.Select((ring, i) => new LandShape(i, ring, GeoBox.Of(ring))).ToList().AsReadOnly());

    public static IReadOnlyList<LandShape> Shapes => Cached.Value;

    /// <summary>The ring containing the point or, failing that, the nearest ring within a few kilometres.</summary>
    public static LandShape? ShapeAt(double lon, double lat)
    {
        var containing = Shapes.FirstOrDefault(s => s.Bounds.Contains(lon, lat) && s.Contains(lon, lat));
        if (containing is not null)
        {
            return containing;
        }

        return Shapes
            .Select(s => (Shape: s, Km: s.DistanceKm(lon, lat)))
            .Where(x => x.Km <= NearKm)
            .OrderBy(x => x.Km)
            .ThenBy(x => x.Shape.Index)
            .Select(x => x.Shape)
            .FirstOrDefault();
    }
}
