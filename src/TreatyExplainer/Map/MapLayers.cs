namespace TreatyExplainer.Map;

/// <summary>The parts every full map shares: the root element, sea, land, treaty boundaries, legend and scale bar.</summary>
internal static class MapLayers
{
    private static readonly double LegendFontSize = LabelStyle.Scale.FontSize;
    private const double LegendRow = 28;
    private const double LegendSwatch = 44;

    /// <summary>
    /// Opens the root <c>&lt;svg&gt;</c>: sized by its viewBox (the page's CSS makes it 100% wide), with a generic
    /// font family, so it renders alike on a page and in an image renderer with no stylesheet.
    /// </summary>
    public static SvgWriter Open(MapProjection projection, string className, string title, string description)
    {
        var svg = new SvgWriter();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", className),
            ("viewBox", $"0 0 {SvgText.Number(projection.Width)} {SvgText.Number(projection.Height)}"),
            ("font-family", "sans-serif"),
            ("role", "group"),
            ("aria-labelledby", "map-title map-desc"));
        svg.Element("title", title, ("id", "map-title"));
        svg.Element("desc", description, ("id", "map-desc"));
        Sea(svg, new Rect(0, 0, projection.Width, projection.Height), MapPaint.Sea);
        return svg;
    }

    public static void Sea(SvgWriter svg, Rect area, MapPaint paint) =>
        svg.Empty("rect", paint.Attributes(
            ("x", SvgText.Number(area.L)), ("y", SvgText.Number(area.T)),
            ("width", SvgText.Number(area.Width)), ("height", SvgText.Number(area.Height))));

    public static void Shapes(SvgWriter svg, ProjectedLand land, IEnumerable<LandShape> shapes, MapPaint paint)
    {
        var list = shapes.ToList();
        if (list.Count > 0)
        {
            svg.Empty("path", paint.Attributes(("d", land.Path(list))));
        }
    }

    /// <summary>The boundary lines in view, projected, for labels to keep off.</summary>
    public static IEnumerable<(double X1, double Y1, double X2, double Y2)> BoundaryLines(MapProjection projection) =>
        TreatyBoundary.All.Where(b => b.Crosses(projection.Box)).Select(b => b.Line!.Value)
            .Select(l => (projection.Project(l.A), projection.Project(l.B)))
            .Select(p => (p.Item1.X, p.Item1.Y, p.Item2.X, p.Item2.Y));

    /// <summary>Draws the treaty boundaries that cross the map.</summary>
    public static void Boundaries(SvgWriter svg, MapProjection projection, double offsetX = 0, double offsetY = 0, double widthScale = 1)
    {
        foreach (var boundary in TreatyBoundary.All)
        {
            if (!boundary.Crosses(projection.Box) || boundary.Line is not { } line)
            {
                continue;
            }

            var (x1, y1) = projection.Project(line.A);
            var (x2, y2) = projection.Project(line.B);
            var paint = boundary.Paint with { StrokeWidth = boundary.Paint.StrokeWidth * widthScale };
            svg.Empty("line", paint.Attributes(
                ("x1", SvgText.Number(x1 + offsetX)), ("y1", SvgText.Number(y1 + offsetY)),
                ("x2", SvgText.Number(x2 + offsetX)), ("y2", SvgText.Number(y2 + offsetY)),
                ("stroke-linecap", "round")));
        }
    }

    /// <summary>The legend's box with its top-left corner at (x, y), for the given rows.</summary>
    public static Rect LegendBox(IReadOnlyList<string> rows, double x, double y)
    {
        var width = rows.Max(r => LabelPlacer.EstimateWidth(r, LegendFontSize)) + LegendSwatch + 28;
        return new Rect(x, y, x + width, y + 12 + (rows.Count * LegendRow));
    }

    /// <summary>A key to the boundary lines (and the disputed islands' outline, when asked), on a panel.</summary>
    public static void Legend(SvgWriter svg, Rect box, IReadOnlyList<TreatyBoundary> boundaries, string? outlineCaption)
    {
        svg.Open("g", ("class", "map-legend"));
        Sea(svg, box, MapPaint.Panel);
        var y = box.T + 6 + (LegendRow / 2);
        var x = box.L + 10;
        if (outlineCaption is not null)
        {
            svg.Empty("rect", MapPaint.Disputed.Attributes(
                ("x", SvgText.Number(x + 8)), ("y", SvgText.Number(y - 8)), ("width", "28"), ("height", "16")));
            Caption(svg, outlineCaption, x + LegendSwatch + 6, y);
            y += LegendRow;
        }

        foreach (var boundary in boundaries)
        {
            svg.Empty("line", boundary.Paint.Attributes(
                ("x1", SvgText.Number(x)), ("y1", SvgText.Number(y)), ("x2", SvgText.Number(x + LegendSwatch)), ("y2", SvgText.Number(y)),
                ("stroke-linecap", "round")));
            Caption(svg, boundary.Caption, x + LegendSwatch + 6, y);
            y += LegendRow;
        }

        svg.Close("g");
    }

    private static void Caption(SvgWriter svg, string text, double x, double middle) =>
        svg.Element("text", text, LabelStyle.Scale.Attributes(("x", SvgText.Number(x)), ("y", SvgText.Number(middle + (0.35 * LegendFontSize)))));
}
