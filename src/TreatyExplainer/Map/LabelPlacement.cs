namespace TreatyExplainer.Map;

/// <summary>Where a label's baseline starts, and its SVG <c>text-anchor</c> (start, middle or end).</summary>
internal readonly record struct LabelPlacement(double X, double Y, string Anchor);
