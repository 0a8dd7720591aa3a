using Markdig.Syntax.Inlines;

namespace TreatyExplainer.Content;

/// <summary>A Pandoc citation, <c>[@id]</c> or <c>[@a, art. 9; @b]</c>, as parsed; the resolver fills in <see cref="Resolved"/>.</summary>
public sealed class CitationInline(string original, IReadOnlyList<CitationItem> items) : LeafInline
{
    /// <summary>The text as written, shown unchanged where a citation cannot stand (inside a link).</summary>
    public string Original { get; } = original;

    public IReadOnlyList<CitationItem> Items { get; } = items;

    /// <summary>One per item, in order, once every id is known; null until then, or when an id is unknown.</summary>
    public IReadOnlyList<ResolvedCitation>? Resolved { get; set; }
}
