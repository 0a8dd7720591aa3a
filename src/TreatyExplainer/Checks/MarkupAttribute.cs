namespace TreatyExplainer.Checks;

/// <summary>Where an attribute's name and value stand in the page's HTML; the value is decoded only when asked for.</summary>
internal readonly record struct MarkupAttribute(int NameStart, int NameLength, int ValueStart, int ValueLength);
