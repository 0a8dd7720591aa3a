namespace TreatyExplainer.Map;

/// <summary>
/// A small map inside a bigger one: a wider area, the bigger map's frame marked on it, the treaty boundaries that
/// cross it and, on an island's map, that island filled.
/// </summary>
internal static class RegionInset
{
    /// <summary>Central Hokkaido to Kamchatka's southern tip: the whole Kuril chain.</summary>
    public static readonly GeoBox Region = new(141.0, 42.2, 157.5, 51.5);

    public static void Append(SvgWriter svg, MapProjection inset, Rect at, GeoBox marked, LandShape? highlight)
    {
        var land = new ProjectedLand(inset, 0.9, 0, at.L, at.T);
        svg.Open("g", ("class", "map-locator"));
        MapLayers.Sea(svg, at, MapPaint.Inset);
        MapLayers.Shapes(svg, land, land.Shapes.Keys.Where(s => s != highlight), MapPaint.Land with { StrokeWidth = 0.6 });
        if (highlight is not null && land.Outline(highlight) is { } outline)
        {
            MapLayers.Shapes(svg, land, [highlight], MapPaint.Current with { StrokeWidth = 1.2 });
            var box = Rect.Of(outline);
            svg.Empty("circle", MapPaint.Ring.Attributes(
                ("cx", SvgText.Number(box.CentreX)), ("cy", SvgText.Number(box.CentreY)),
                ("r", SvgText.Number((Math.Max(box.Width, box.Height) / 2) + 6))));
        }

        MapLayers.Boundaries(svg, inset, at.L, at.T, widthScale: 0.6);
        var (x1, y1) = inset.Project(Math.Max(marked.MinLon, inset.Box.MinLon), Math.Min(marked.MaxLat, inset.Box.MaxLat));
        var (x2, y2) = inset.Project(Math.Min(marked.MaxLon, inset.Box.MaxLon), Math.Max(marked.MinLat, inset.Box.MinLat));
        svg.Empty("rect", MapPaint.Frame.Attributes(
            ("x", SvgText.Number(at.L + x1)), ("y", SvgText.Number(at.T + y1)),
            ("width", SvgText.Number(x2 - x1)), ("height", SvgText.Number(y2 - y1))));
        if (inset.Box.Contains(MapFeature.Kamchatka.Lon, MapFeature.Kamchatka.Lat))
        {
            var (kx, ky) = inset.Project(MapFeature.Kamchatka.Lon, MapFeature.Kamchatka.Lat);
            svg.Element("text", MapFeature.Kamchatka.Text, LabelStyle.Scale.Attributes(
                ("x", SvgText.Number(at.L + kx)), ("y", SvgText.Number(at.T + ky)), ("text-anchor", "end")));
        }

        svg.Empty("rect", MapPaint.Frame.Attributes(
            ("x", SvgText.Number(at.L)), ("y", SvgText.Number(at.T)), ("width", SvgText.Number(at.Width)), ("height", SvgText.Number(at.Height))));
        svg.Close("g");
    }
}
