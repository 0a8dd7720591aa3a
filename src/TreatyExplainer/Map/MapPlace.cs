namespace TreatyExplainer.Map;

/// <summary>
/// A place drawn on the map. <see cref="Title"/> is the English display name; for a place each side spells
/// differently in Latin script, write both as <c>"Iturup (Etorofu)"</c>, which the map labels as
/// <c>"Iturup / Etorofu"</c>. <see cref="JapaneseName"/> and <see cref="RussianName"/> are the names in each
/// language's own script (for example 択捉島 and Итуруп). Disputed places are drawn as links to <see cref="Href"/>.
/// </summary>
public sealed record MapPlace(
    string Id,
    string Title,
    string? JapaneseName,
    string? RussianName,
    double Lat,
    double Lon,
    string Href,
    bool Disputed);
