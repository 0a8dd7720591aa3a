namespace TreatyExplainer.Map;

/// <summary>The outline each disputed place stands on, found from its coordinates (see <see cref="Land.ShapeAt"/>).</summary>
internal static class IslandShapes
{
    public static IReadOnlyList<(MapPlace Place, LandShape Shape)> Disputed(IReadOnlyList<MapPlace> places) =>
        places
            .Where(p => p.Disputed)
            .Select(p => (Place: p, Shape: Land.ShapeAt(p.Lon, p.Lat)))
            .Where(x => x.Shape is not null)
            .GroupBy(x => x.Shape!.Index)
            .Select(g => (g.First().Place, g.First().Shape!))
            .ToList();
}
