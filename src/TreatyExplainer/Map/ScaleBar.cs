namespace TreatyExplainer.Map;

/// <summary>A scale bar of a round number of kilometres, about a fifth of the map's width, true at its centre latitude.</summary>
internal static class ScaleBar
{
    private static double FontSize => LabelStyle.Scale.FontSize;
    private const double BarHeight = 6;

    /// <summary>The bar's length in km and in viewBox units.</summary>
    public static (double Km, double Units) Length(MapProjection projection, double share = 0.2)
    {
        var target = projection.Width * share * projection.KmPerUnit;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var km = new[] { 5, 2, 1 }.Select(m => m * magnitude).First(k => k <= target);
        return (km, km / projection.KmPerUnit);
    }

    /// <summary>The box the bar and its caption take with their top-left corner at (x, y).</summary>
    public static Rect Box(MapProjection projection, double x, double y) =>
        new(x, y, x + Length(projection).Units + 8, y + FontSize + 6 + BarHeight);

    public static void Append(SvgWriter svg, MapProjection projection, double x, double y)
    {
        var (km, units) = Length(projection);
        var caption = SvgText.Number(km, 0) + " km";
        svg.Open("g", ("class", "map-scale"), ("data-km", SvgText.Number(km, 0)), ("data-length", SvgText.Number(units, 2)));
        svg.Empty("rect", MapPaint.Ink.Attributes(
            ("x", SvgText.Number(x)), ("y", SvgText.Number(y + FontSize + 6)),
            ("width", SvgText.Number(units, 2)), ("height", SvgText.Number(BarHeight))));
        svg.Element("text", caption, LabelStyle.Scale.Attributes(("x", SvgText.Number(x)), ("y", SvgText.Number(y + FontSize))));
        svg.Close("g");
    }
}
