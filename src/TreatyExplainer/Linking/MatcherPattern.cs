namespace TreatyExplainer.Linking;

/// <summary>A name to find, the entry it stands for, and whether case matters.</summary>
public readonly record struct MatcherPattern(string Text, int Entry, bool IgnoreCase);
