namespace TreatyExplainer.Site;

/// <summary>A work a page cites: its entry, the id of its item in the page's list, and every marker that points to it, in order.</summary>
public sealed record CitedWork(int Entry, string ListId, IReadOnlyList<string> MarkerIds);
