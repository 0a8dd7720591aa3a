namespace TreatyExplainer.Map;

/// <summary>
/// The build-time SVG maps. Each is one self-contained <c>&lt;svg&gt;</c> string: presentation attributes give
/// every element its light colours, so it renders correctly with no stylesheet (or in an image renderer), and
/// classes let the site's stylesheet restyle it, in dark mode too. Land is drawn alike whichever state holds or
/// claims it.
/// </summary>
public static class MapRenderer
{
    /// <summary>The legend the page template shows beside the map.</summary>
    public const string Legend = OverviewMap.DisputedCaption + ".";

    /// <summary>The overview, framed on the four disputed islands; <paramref name="currentId"/> (if any) is marked current.</summary>
    public static string Overview(IReadOnlyList<MapPlace> places, string? currentId = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        return OverviewMap.Render(places, currentId);
    }

    /// <summary>
    /// A map zoomed to one disputed island, its outline filled, its neighbours faded, with a locator inset. For a
    /// place with no outline of its own (not disputed, or not in the coastline), the overview.
    /// </summary>
    public static string Island(IReadOnlyList<MapPlace> places, string id)
    {
        ArgumentNullException.ThrowIfNull(places);
        return IslandMap.Render(places, id) ?? OverviewMap.Render(places, id);
    }

    /// <summary>A small decorative locator (120 × 90 px at most): the overview's land with the island filled and ringed.</summary>
    public static string Locator(IReadOnlyList<MapPlace> places, string id)
    {
        ArgumentNullException.ThrowIfNull(places);
        return LocatorMap.Render(places, id);
    }

    /// <summary>The map for a page: the overview (no highlight) or an island's zoomed map.</summary>
    public static string Render(IReadOnlyList<MapPlace> places, string? highlightId) =>
        highlightId is null ? Overview(places) : Island(places, highlightId);
}
