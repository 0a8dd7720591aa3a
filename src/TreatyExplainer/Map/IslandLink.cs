namespace TreatyExplainer.Map;

/// <summary>A disputed island drawn as a link to its page: its outline, then its label and leader line.</summary>
internal static class IslandLink
{
    public static void Append(SvgWriter svg, ProjectedLand land, MapPlace place, LandShape shape, PlacedLabel? label, bool current, MapPaint paint)
    {
        svg.Open("a",
            ("href", place.Href),
            ("class", current ? "map-island is-current" : "map-island"),
            ("aria-current", current ? "page" : null),
            ("data-id", place.Id));
        svg.Element("title", LabelWriter.Tooltip(place));
        MapLayers.Shapes(svg, land, [shape], paint);
        if (label is not null)
        {
            LabelWriter.Append(svg, label);
        }

        svg.Close("a");
    }

    /// <summary>A label that links to the place's page when the site has one.</summary>
    public static void AppendLabel(SvgWriter svg, PlacedLabel label, MapPlace? place, bool current = false)
    {
        if (place is null)
        {
            LabelWriter.Append(svg, label);
            return;
        }

        svg.Open("a",
            ("href", place.Href),
            ("class", current ? "map-place is-current" : "map-place"),
            ("aria-current", current ? "page" : null),
            ("data-id", place.Id));
        LabelWriter.Append(svg, label);
        svg.Close("a");
    }

    /// <summary>The label for a disputed island: both names when each side uses its own.</summary>
    public static MapLabel Label(MapPlace place, IReadOnlyList<(double X, double Y)> outline, LabelStyle style)
    {
        var (primary, secondary) = LabelWriter.Names(place);
        var box = Rect.Of(outline);
        return new MapLabel(primary, secondary, style, box.CentreX, box.CentreY, outline);
    }
}
