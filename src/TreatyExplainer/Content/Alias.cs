namespace TreatyExplainer.Content;

/// <summary>Another name a text may use for an entry. Case-sensitive unless it opts out.</summary>
public sealed record Alias(string Text, bool IgnoreCase, SourcePosition Position);
