namespace TreatyExplainer.Map;

/// <summary>
/// A fixed label: a country, sea or landmass, set at a point on it. <see cref="PlaceId"/> names the site's entry
/// for it, if any, which the label then links to.
/// </summary>
internal sealed record MapFeature(string Text, LabelStyle Style, double Lon, double Lat, string? PlaceId = null)
{
    /// <summary>
    /// The overview's labels. Points are chosen on the land or sea named: Japan and Hokkaido on Hokkaido; Russia
    /// and Sakhalin on southern Sakhalin; the Sea of Okhotsk north of the islands, the Pacific south-east of them.
    /// </summary>
    public static readonly IReadOnlyList<MapFeature> Overview =
    [
        new("Japan", LabelStyle.Country, 142.45, 44.15),
        new("Hokkaido", LabelStyle.Land, 142.95, 43.45, "hokkaido"),
        new("Russia", LabelStyle.Country, 142.75, 46.85),
        new("Sakhalin", LabelStyle.Land, 142.75, 46.35, "sakhalin"),
        new("Sea of Okhotsk", LabelStyle.Sea, 146.3, 45.9),
        new("Pacific Ocean", LabelStyle.Sea, 149.7, 44.2),
    ];

    /// <summary>Islands labelled beside their outline, found by the point (the site's own entry's coordinates).</summary>
    public static readonly IReadOnlyList<MapFeature> Callouts =
    [
        new("Urup", LabelStyle.Land, 150.0, 45.9, "urup"),
    ];

    /// <summary>Where Kamchatka is labelled on the region inset: ending over the sea west of its southern tip.</summary>
    public static readonly MapFeature Kamchatka = new("Kamchatka", LabelStyle.Small, 156.0, 51.1);
}
