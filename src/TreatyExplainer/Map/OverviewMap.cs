namespace TreatyExplainer.Map;

/// <summary>
/// The overview: framed on the four disputed islands, with eastern Hokkaido, southern Sakhalin and Urup, the 1855
/// boundary, a legend, a scale bar and an inset of the whole region from Hokkaido to Kamchatka with both treaty
/// boundaries and this map's frame.
/// </summary>
internal static class OverviewMap
{
    public const double Width = 1000;
    public const string Title = "Map of the southern Kuril Islands (Northern Territories)";

    /// <summary>Eastern Hokkaido to Urup, southern Sakhalin to the Pacific south of the islands.</summary>
    public static readonly GeoBox Frame = new(141.5, 42.3, 151.3, 47.2);

    private const double InsetWidth = 260;
    private const double Pad = 12;

    public static string Render(IReadOnlyList<MapPlace> places, string? currentId)
    {
        var projection = new MapProjection(Frame, Width);
        var land = new ProjectedLand(projection, 0.7, 6);
        var placer = new LabelPlacer(projection.Width, projection.Height, land.Rings);
        foreach (var line in MapLayers.BoundaryLines(projection))
        {
            placer.Avoid(line);
        }

        var islands = IslandShapes.Disputed(places).Where(i => land.Outline(i.Shape) is not null).ToList();
        foreach (var small in SmallShapes(land))
        {
            placer.Block(Rect.Of(small));
        }

        var region = new MapProjection(RegionInset.Region, InsetWidth);
        var inset = new Rect(Width - Pad - InsetWidth, projection.Height - Pad - region.Height, Width - Pad, projection.Height - Pad);
        placer.Block(inset.Inflate(4));
        var boundaryCaptions = TreatyBoundary.All.Select(b => b.Caption).ToList();
        string[] legendRows = [DisputedCaption, .. boundaryCaptions];
        var legendHeight = MapLayers.LegendBox(legendRows, 0, 0).Height;
        var legend = MapLayers.LegendBox(legendRows, Pad, projection.Height - Pad - legendHeight);
        placer.Block(legend.Inflate(4));
        var scale = ScaleBar.Box(projection, Pad + 4, legend.T - 44);
        placer.Block(scale.Inflate(4));

        var calloutFeatures = MapFeature.Callouts
            .Select(f => (Feature: f, Outline: land.VisibleOutline(Land.ShapeAt(f.Lon, f.Lat))))
            .Where(x => x.Outline is not null)
            .ToList();
        var placed = placer.PlaceAll([
            .. islands.Select(i => IslandLink.Label(i.Place, land.Outline(i.Shape)!, Matches(i.Place, currentId) ? LabelStyle.Current : LabelStyle.Disputed)),
            .. calloutFeatures.Select(x => new MapLabel(x.Feature.Text, null, x.Feature.Style, 0, 0, x.Outline)),
            .. MapFeature.Overview.Select(f => (Feature: f, Point: projection.Project(f.Lon, f.Lat)))
                .Select(x => new MapLabel(x.Feature.Text, null, x.Feature.Style, x.Point.X, x.Point.Y)),
        ]);
        var islandLabels = islands.Select((island, i) => (island.Shape, Label: placed[i])).ToDictionary(x => x.Shape, x => x.Label);
        var features = calloutFeatures.Select(x => x.Feature).Concat(MapFeature.Overview)
            .Select((feature, i) => (Feature: feature, Label: placed[islands.Count + i]))
            .ToList();

        var svg = MapLayers.Open(projection, "map map-overview", Title, Description(islands.Select(i => i.Place).ToList(), places, currentId));
        var disputedShapes = islands.Select(i => i.Shape).ToHashSet();
        MapLayers.Shapes(svg, land, land.Shapes.Keys.Where(s => !disputedShapes.Contains(s)), MapPaint.Land);
        MapLayers.Boundaries(svg, projection);
        foreach (var (place, shape) in islands)
        {
            var current = Matches(place, currentId);
            IslandLink.Append(svg, land, place, shape, islandLabels[shape], current, current ? MapPaint.Current : MapPaint.Disputed);
        }

        foreach (var (feature, label) in features)
        {
            var place = places.FirstOrDefault(p => p.Id == feature.PlaceId);
            IslandLink.AppendLabel(svg, label, place, place is not null && Matches(place, currentId));
        }

        MapLayers.Legend(svg, legend, TreatyBoundary.All, DisputedCaption);
        ScaleBar.Append(svg, projection, scale.L, scale.T);
        RegionInset.Append(svg, region, inset, Frame, highlight: null);
        return svg.Close("svg").ToString();
    }

    /// <summary>What the outline round the four islands means, in the legend.</summary>
    public const string DisputedCaption = "Administered by Russia since 1945; claimed by Japan";

    /// <summary>Islands whose outline lies wholly in the frame and is small: no label may cover them.</summary>
    internal static IEnumerable<IReadOnlyList<(double X, double Y)>> SmallShapes(ProjectedLand land)
    {
        var frame = new Rect(0, 0, land.Projection.Width, land.Projection.Height);
        return land.Rings.Where(points => Rect.Of(points) is var box && frame.Contains(box) && box.Width * box.Height < frame.Width * frame.Height / 8);
    }

    private static bool Matches(MapPlace place, string? id) => id is not null && string.Equals(place.Id, id, StringComparison.Ordinal);

    private static string Description(IReadOnlyList<MapPlace> shown, IReadOnlyList<MapPlace> places, string? currentId)
    {
        var text = "Map of the four islands administered by Russia since 1945 and claimed by Japan, off the eastern tip of Hokkaido";
        if (shown.Count > 0)
        {
            text += ": " + string.Join(", ", shown.Select(p => p.Title));
        }

        text += ". Dashed lines mark the 1855 boundary between Iturup and Urup (Treaty of Shimoda) and, on the inset of the whole "
            + "Kuril chain, the 1875 boundary between Shumshu and Kamchatka (Treaty of Saint Petersburg).";
        if (places.FirstOrDefault(p => Matches(p, currentId)) is { } current)
        {
            text += " Highlighted: " + current.Title + ".";
        }

        return text;
    }
}
