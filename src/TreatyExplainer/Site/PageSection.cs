namespace TreatyExplainer.Site;

/// <summary>A level-2 section of a page's body: the id its heading was rendered with, and the heading's text.</summary>
public sealed record PageSection(string Id, string Title);
