namespace TreatyExplainer.Content;

/// <summary>
/// One work cited inside <c>[@a, p. 3; @b]</c>: its id, the locator after the comma, and where the <c>@</c> stands
/// (line relative to the body, 0-based column), for diagnostics.
/// </summary>
public sealed record CitationItem(string Id, string? Locator, int Line, int Column);
