namespace TreatyExplainer.Site;

/// <summary>A link from one page to an entry, with the words around it for "Mentioned in" lists.</summary>
public sealed record Mention(int FromEntry, int ToEntry, string Before, string Text, string After);
