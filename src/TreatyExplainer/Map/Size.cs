namespace TreatyExplainer.Map;

/// <summary>A width and height in viewBox units.</summary>
internal readonly record struct Size(double Width, double Height);
