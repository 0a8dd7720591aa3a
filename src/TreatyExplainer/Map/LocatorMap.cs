namespace TreatyExplainer.Map;

/// <summary>A small decorative locator for preview cards: the overview's land, the island filled and ringed.</summary>
internal static class LocatorMap
{
    public const double Width = 120;

    public static string Render(IReadOnlyList<MapPlace> places, string id)
    {
        var projection = new MapProjection(OverviewMap.Frame, Width);
        var land = new ProjectedLand(projection, 0.3, 1);
        var subject = IslandShapes.Disputed(places).FirstOrDefault(i => i.Place.Id == id).Shape;
        var svg = new SvgWriter();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "map map-locator"),
            ("viewBox", $"0 0 {SvgText.Number(Width)} {SvgText.Number(projection.Height)}"),
            ("width", SvgText.Number(Width)),
            ("height", SvgText.Number(Math.Ceiling(projection.Height))),
            ("aria-hidden", "true"),
            ("focusable", "false"));
        MapLayers.Sea(svg, new Rect(0, 0, Width, projection.Height), MapPaint.Sea);
        MapLayers.Shapes(svg, land, land.Shapes.Keys.Where(s => s != subject), MapPaint.Land with { StrokeWidth = 0.3 });
        if (subject is not null && land.Outline(subject) is { } outline)
        {
            MapLayers.Shapes(svg, land, [subject], MapPaint.Current with { StrokeWidth = 0.6 });
            var box = Rect.Of(outline);
            svg.Empty("circle", (MapPaint.Ring with { StrokeWidth = 1.2 }).Attributes(
                ("cx", SvgText.Number(box.CentreX)), ("cy", SvgText.Number(box.CentreY)),
                ("r", SvgText.Number((Math.Max(box.Width, box.Height) / 2) + 4))));
        }

        return svg.Close("svg").ToString();
    }
}
