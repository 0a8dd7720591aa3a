namespace TreatyExplainer.Map;

/// <summary>
/// Where a label went: its box, its text anchor (start, middle or end) and x, the baseline of its first line,
/// and the leader line from the box to its shape's outline, if it has one.
/// </summary>
internal sealed record PlacedLabel(MapLabel Label, Rect Box, string Anchor, double TextX, double Baseline, (double X1, double Y1, double X2, double Y2)? Leader);
