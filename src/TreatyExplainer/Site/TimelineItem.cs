namespace TreatyExplainer.Site;

/// <summary>A dated treaty or event, in the era it belongs to.</summary>
public sealed record TimelineItem(Entry Entry, DateOnly Date, DateOnly? EndDate, string Era);
