using TreatyExplainer.Content;

namespace TreatyExplainer.Rendering;

/// <summary>The pages of one kind that mention an entry. <see cref="Continued"/>: the group began in the part shown first.</summary>
public sealed record MentionGroup(Kind Kind, IReadOnlyList<MentionItem> Items, bool Continued = false)
{
    public string Heading => Continued ? Kind.PluralTitle() + ", continued" : Kind.PluralTitle();
}
