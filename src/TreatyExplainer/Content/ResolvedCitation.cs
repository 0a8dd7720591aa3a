namespace TreatyExplainer.Content;

/// <summary>A citation item once its work is found: the number it shows, the id of its marker, and where it points.</summary>
public sealed record ResolvedCitation(int Entry, int Number, string MarkerId, string ListId, string PreviewHref, string? Locator);
