namespace TreatyExplainer.Map;

/// <summary>
/// A map zoomed to one disputed island: its outline filled in the highlight colour, the land around it faded,
/// labels beside the shapes with leader lines, a scale bar, the treaty boundaries in view with their legend, and
/// a locator inset of the overview with this map's frame marked.
/// </summary>
internal static class IslandMap
{
    public const double Width = 1000;
    private const double Aspect = 4.0 / 3;
    private const double MinKm = 140;
    private const double InsetWidth = 200;

    private static readonly MapFeature Hokkaido = new("Hokkaido", LabelStyle.Land, 142.8, 43.4, "hokkaido");

    /// <summary>The map's frame: the island's outline with room around it, never narrower than 140 km, so its neighbours show.</summary>
    public static GeoBox? FrameFor(IReadOnlyList<MapPlace> places, string id) =>
        IslandShapes.Disputed(places).FirstOrDefault(i => i.Place.Id == id) is { Shape: { } shape } ? Frame(shape) : null;

    private static GeoBox Frame(LandShape shape) => MapProjection.Frame(shape.Bounds, Aspect, MinKm, 0.35);

    public static string? Render(IReadOnlyList<MapPlace> places, string id)
    {
        var islands = IslandShapes.Disputed(places);
        if (islands.FirstOrDefault(i => i.Place.Id == id) is not { Shape: { } subjectShape } subject)
        {
            return null;
        }

        var frame = Frame(subjectShape);

        var projection = new MapProjection(frame, Width);
        var land = new ProjectedLand(projection, 0.5, 6);
        var placer = new LabelPlacer(projection.Width, projection.Height, land.Rings);
        foreach (var line in MapLayers.BoundaryLines(projection))
        {
            placer.Avoid(line);
        }

        var visible = islands.Where(i => land.VisibleOutline(i.Shape) is not null).ToList();
        var callouts = MapFeature.Callouts.Append(Hokkaido)
            .Select(f => (Feature: f, Outline: land.VisibleOutline(Land.ShapeAt(f.Lon, f.Lat))))
            .Where(x => x.Outline is not null)
            .ToList();
        var islandBoxes = OverviewMap.SmallShapes(land)
            .Concat(visible.Select(i => land.Outline(i.Shape)!))
            .Concat(callouts.Where(c => c.Feature != Hokkaido).Select(c => land.Outline(Land.ShapeAt(c.Feature.Lon, c.Feature.Lat))!))
            .Select(Rect.Of)
            .ToList();
        islandBoxes.ForEach(placer.Block);

        var boundaries = TreatyBoundary.All.Where(b => b.Crosses(frame)).ToList();
        var overview = new MapProjection(OverviewMap.Frame, InsetWidth);
        var furniture = MapFurniture.Arrange(projection, placer, islandBoxes, new Size(InsetWidth, overview.Height), [.. boundaries.Select(b => b.Caption)]);
        furniture.BlockIn(placer);

        var islandLabels = visible.Select(i => IslandLink.Label(i.Place, land.VisibleOutline(i.Shape)!, i.Place.Id == id ? LabelStyle.Current : LabelStyle.Disputed));
        var calloutLabels = callouts.Select(c => new MapLabel(c.Feature.Text, null, c.Feature.Style, 0, 0, c.Outline));
        var placed = placer.PlaceAll([.. islandLabels, .. calloutLabels]);
        var labels = visible.Select((v, i) => (v.Shape, Label: placed[i])).ToDictionary(x => x.Shape, x => x.Label);
        var featureLabels = callouts.Select((c, i) => (c.Feature, Label: placed[visible.Count + i])).ToList();

        var svg = MapLayers.Open(projection, "map map-zoom", subject.Place.Title + ": map", Description(subject.Place, visible));
        var disputed = visible.Select(i => i.Shape).ToHashSet();
        MapLayers.Shapes(svg, land, land.Shapes.Keys.Where(s => !disputed.Contains(s)), MapPaint.Faded);
        MapLayers.Boundaries(svg, projection);
        foreach (var (place, shape) in visible.OrderBy(i => i.Place.Id == id ? 1 : 0))
        {
            var current = place.Id == id;
            IslandLink.Append(svg, land, place, shape, labels[shape], current, current ? MapPaint.Current : MapPaint.Neighbour);
        }

        foreach (var (feature, label) in featureLabels)
        {
            IslandLink.AppendLabel(svg, label, places.FirstOrDefault(p => p.Id == feature.PlaceId));
        }

        ScaleBar.Append(svg, projection, furniture.Scale.L, furniture.Scale.T);
        if (furniture.Legend is { } legend)
        {
            MapLayers.Legend(svg, legend, boundaries, null);
        }

        RegionInset.Append(svg, overview, furniture.Inset, frame, subject.Shape);
        return svg.Close("svg").ToString();
    }

    private static string Description(MapPlace subject, IReadOnlyList<(MapPlace Place, LandShape Shape)> visible)
    {
        var others = visible.Where(v => v.Place != subject).Select(v => v.Place.Title).ToList();
        return $"Map of {subject.Title}, one of the four islands administered by Russia since 1945 and claimed by Japan, "
            + "filled in the highlight colour"
            + (others.Count > 0 ? "; also shown: " + string.Join(", ", others) : string.Empty)
            + ". A small inset shows where it lies among the four islands.";
    }
}
