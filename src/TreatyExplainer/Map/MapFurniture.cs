namespace TreatyExplainer.Map;

/// <summary>
/// Where a zoomed map puts its locator inset, scale bar and legend: the inset in the corner that covers no island
/// and the least land, the scale bar and the legend stacked in a bottom corner the inset leaves free.
/// </summary>
internal sealed record MapFurniture(Rect Inset, Rect Scale, Rect? Legend)
{
    private const double Pad = 12;

    public static MapFurniture Arrange(MapProjection projection, LabelPlacer placer, IReadOnlyList<Rect> islands, Size inset, IReadOnlyList<string> legendRows)
    {
        var (w, h) = (projection.Width, projection.Height);
        Rect Corner(bool left, bool top, double width, double height) => new(
            left ? Pad : w - Pad - width, top ? Pad : h - Pad - height, left ? Pad + width : w - Pad, top ? Pad + height : h - Pad);
        double Cost(Rect r) => (islands.Count(r.Inflate(6).Intersects) * 10) + placer.LandFraction(r);

        (bool Left, bool Top)[] corners = [(false, true), (true, true), (false, false), (true, false)];
        var insetAt = corners.MinBy(c => Cost(Corner(c.Left, c.Top, inset.Width, inset.Height)));
        var insetBox = Corner(insetAt.Left, insetAt.Top, inset.Width, inset.Height);

        var scaleWidth = ScaleBar.Box(projection, 0, 0);
        var legendWidth = legendRows.Count == 0 ? null : (Rect?)MapLayers.LegendBox(legendRows, 0, 0);
        var stackWidth = Math.Max(scaleWidth.Width, legendWidth?.Width ?? 0);
        var stackHeight = scaleWidth.Height + (legendWidth is { } lw ? lw.Height + 8 : 0);
        var stackLeft = new[] { true, false }
            .Where(left => !(insetAt.Top == false && insetAt.Left == left))
            .MinBy(left => Cost(Corner(left, false, stackWidth, stackHeight)));
        var stack = Corner(stackLeft, false, stackWidth, stackHeight);
        var scaleX = stackLeft ? stack.L : stack.R - scaleWidth.Width;
        var scale = new Rect(scaleX, stack.B - scaleWidth.Height, scaleX + scaleWidth.Width, stack.B);
        Rect? legend = legendWidth is { } l
            ? new Rect(stackLeft ? stack.L : stack.R - l.Width, stack.T, (stackLeft ? stack.L : stack.R - l.Width) + l.Width, stack.T + l.Height)
            : null;
        return new MapFurniture(insetBox, scale, legend);
    }

    public void BlockIn(LabelPlacer placer)
    {
        placer.Block(Inset.Inflate(4));
        placer.Block(Scale.Inflate(4));
        if (Legend is { } legend)
        {
            placer.Block(legend.Inflate(4));
        }
    }
}
