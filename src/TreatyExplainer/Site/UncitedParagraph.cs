namespace TreatyExplainer.Site;

/// <summary>A long paragraph that cites nothing: its line in the file, its length, and how it begins.</summary>
public sealed record UncitedParagraph(int Line, int Words, string Opening);
