namespace TreatyExplainer.Sharing;

/// <summary>An <c>og:image</c> a page points to: its site path and the words that stand in for it.</summary>
public sealed record ShareImage(string SitePath, string Alt);
