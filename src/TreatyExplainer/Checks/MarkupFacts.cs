namespace TreatyExplainer.Checks;

/// <summary>
/// What the page rules need from a page, read by <see cref="MarkupScanner"/> without building a tree: every element
/// id in document order, the addresses the link check reads, the text of the one title, the number of h1 elements,
/// and the html element's lang.
/// </summary>
public sealed record MarkupFacts(IReadOnlyList<string> Ids, IReadOnlyList<LinkReference> Links, string Title, int H1Count, string? Lang);
