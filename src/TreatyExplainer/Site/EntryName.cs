namespace TreatyExplainer.Site;

/// <summary>A name running text may call an entry by (its title, an alias, a place's other name), and whether case matters.</summary>
public readonly record struct EntryName(string Text, int Entry, bool IgnoreCase);
