namespace TreatyExplainer.Map;

/// <summary>
/// The coastline as one map shows it: the rings that reach into its frame, projected and simplified
/// (Douglas–Peucker) at a tolerance in viewBox units, so a zoomed map keeps detail and a small one stays light.
/// </summary>
internal sealed class ProjectedLand
{
    /// <summary>Rings are clipped to the map's box grown by <paramref name="bleed"/> units, then offset by (x, y).</summary>
    public ProjectedLand(MapProjection projection, double tolerance, double bleed, double offsetX = 0, double offsetY = 0)
    {
        Projection = projection;
        var clip = new Rect(offsetX - bleed, offsetY - bleed, offsetX + projection.Width + bleed, offsetY + projection.Height + bleed);
        Shapes = Land.Shapes
            .Where(s => s.Bounds.Intersects(projection.Box))
            .Select(s => (Shape: s, Points: PathSimplifier.Ring(RingClipper.Clip(
                [.. s.Points.Select(p => projection.Project(p)).Select(p => (p.X + offsetX, p.Y + offsetY))], clip), tolerance)))
            .Where(x => x.Points.Length >= 3)
            .ToDictionary(x => x.Shape, x => (IReadOnlyList<(double X, double Y)>)x.Points);
        Rings = Shapes.OrderBy(kv => kv.Key.Index).Select(kv => kv.Value).ToList();
    }

    public MapProjection Projection { get; }

    public IReadOnlyDictionary<LandShape, IReadOnlyList<(double X, double Y)>> Shapes { get; }

    /// <summary>All drawn rings, in coastline order.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Rings { get; }

    public IReadOnlyList<(double X, double Y)>? Outline(LandShape? shape) =>
        shape is not null && Shapes.TryGetValue(shape, out var points) ? points : null;

    /// <summary>The part of an outline inside the map: where a leader line may end.</summary>
    public IReadOnlyList<(double X, double Y)>? VisibleOutline(LandShape? shape)
    {
        var visible = Outline(shape)?.Where(p => p.X >= 2 && p.Y >= 2 && p.X <= Projection.Width - 2 && p.Y <= Projection.Height - 2).ToList();
        return visible is { Count: > 0 } ? visible : null;
    }

    /// <summary>One path for the given shapes, at 1 decimal.</summary>
    public string Path(IEnumerable<LandShape> shapes) =>
        SvgPath.Build(shapes.OrderBy(s => s.Index).Select(s => Shapes[s]), 1, close: true);
}
