namespace TreatyExplainer.Map;

/// <summary>
/// How one kind of drawn element looks with no stylesheet (the light palette, as presentation attributes) and the
/// class by which the site's stylesheet recolours it, in dark mode too. Land is drawn alike whichever state holds
/// or claims it; the disputed islands are outlined, not coloured by side.
/// </summary>
internal sealed record MapPaint(string Class, string Fill, string Stroke, double StrokeWidth, string? Dash = null)
{
    public static readonly MapPaint Sea = new("map-sea", "#dbe7ee", "none", 0);
    public static readonly MapPaint Land = new("map-land", "#e6e0cf", "#9a9384", 1);
    public static readonly MapPaint Faded = new("map-land map-faded", "#efece4", "#b9b3a6", 1);
    public static readonly MapPaint Disputed = new("map-shape", "#e6e0cf", "#1a4f8b", 2.2);
    public static readonly MapPaint Neighbour = new("map-shape map-faded", "#efece4", "#1a4f8b", 1.4);
    public static readonly MapPaint Current = new("map-shape is-current", "#f0a04b", "#7a3e00", 2.5);
    public static readonly MapPaint Ring = new("map-ring", "none", "#7a3e00", 2);
    public static readonly MapPaint Leader = new("map-leader", "none", "#55575c", 1.2);
    public static readonly MapPaint Boundary1855 = new("map-boundary map-1855", "none", "#9c2a64", 3.5, "12 7");
    public static readonly MapPaint Boundary1875 = new("map-boundary map-1875", "none", "#1f6b45", 3.5, "3 6");
    public static readonly MapPaint Frame = new("map-frame", "none", "#1d1d1f", 1.5);
    public static readonly MapPaint Inset = new("map-inset", "#dbe7ee", "#55575c", 1.5);
    public static readonly MapPaint Ink = new("map-ink", "#1d1d1f", "none", 0);
    public static readonly MapPaint Panel = new("map-panel", "#fdfdfb", "#9a9384", 1);

    /// <summary>The attributes for a shape: class, fill, stroke and its width, and the dash pattern if any.</summary>
    public (string, string?)[] Attributes(params (string, string?)[] more) =>
    [
        ("class", Class),
        ("fill", Fill),
        ("stroke", Stroke),
        ("stroke-width", SvgText.Number(StrokeWidth)),
        ("stroke-dasharray", Dash),
        ("stroke-linejoin", "round"),
        .. more,
    ];
}
