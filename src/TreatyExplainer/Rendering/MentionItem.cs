using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>One page that mentions an entry, with its snippet already fitted (<see cref="MentionSnippet"/>).</summary>
public sealed record MentionItem(Entry From, string Before, string Text, string After);
