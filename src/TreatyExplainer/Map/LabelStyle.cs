namespace TreatyExplainer.Map;

/// <summary>How a label is set: size, weight, slant and colour, as presentation attributes and a class.</summary>
internal sealed record LabelStyle(string Class, double FontSize, string Weight, bool Italic, string Fill, double LetterSpacing = 0)
{
    public const double LineHeight = 1.15;

    public static readonly LabelStyle Country = new("map-label map-country", 32, "700", false, "#5c5648", 3);
    public static readonly LabelStyle Sea = new("map-label map-water", 27, "400", true, "#2f5f7a", 1);
    public static readonly LabelStyle Land = new("map-label", 27, "400", false, "#1d1d1f");
    public static readonly LabelStyle Disputed = new("map-label", 30, "600", false, "#1d1d1f");
    public static readonly LabelStyle Current = new("map-label is-current", 34, "700", false, "#1d1d1f");
    public static readonly LabelStyle Small = new("map-label", 23, "400", false, "#1d1d1f");
    public static readonly LabelStyle Scale = new("map-label map-small", 23, "400", false, "#1d1d1f");

    public double Width(string text) => LabelPlacer.EstimateWidth(text, FontSize, Weight == "700") + (LetterSpacing * text.Length);

    public (string, string?)[] Attributes(params (string, string?)[] more) =>
    [
        ("class", Class),
        ("fill", Fill),
        ("stroke", "none"),
        ("font-size", SvgText.Number(FontSize)),
        ("font-weight", Weight == "400" ? null : Weight),
        ("font-style", Italic ? "italic" : null),
        ("letter-spacing", LetterSpacing == 0 ? null : SvgText.Number(LetterSpacing)),
        .. more,
    ];
}
