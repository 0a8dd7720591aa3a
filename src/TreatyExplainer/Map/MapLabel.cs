namespace TreatyExplainer.Map;

/// <summary>
/// A label to place. <see cref="Secondary"/>, when set, is the Japanese-usage name under the Russian-usage
/// <see cref="Primary"/>, so the site's naming choice can hide either line. A label with a <see cref="Target"/>
/// (a projected outline) is a callout: it sits beside the shape, never on it, with a leader line when it is far;
/// one without is set centred on (<see cref="X"/>, <see cref="Y"/>), as sea and country names are.
/// </summary>
internal sealed record MapLabel(
    string Primary,
    string? Secondary,
    LabelStyle Style,
    double X,
    double Y,
    IReadOnlyList<(double X, double Y)>? Target = null)
{
    public int Lines => Secondary is null ? 1 : 2;

    public double Width => Math.Max(Style.Width(Primary), Secondary is null ? 0 : Style.Width("(" + Secondary + ")"));

    public double Height => Lines * LabelStyle.LineHeight * Style.FontSize;
}
