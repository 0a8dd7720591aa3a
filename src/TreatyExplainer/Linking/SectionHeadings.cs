using Markdig.Renderers.Html;
using Markdig.Syntax;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// The body's level-2 headings, in order, with the ids the renderer gives them, for the page's contents list.
/// Only top-level headings count: a "##" inside a block quotation is part of the quotation, not a section.
/// </summary>
public static class SectionHeadings
{
    public static IReadOnlyList<PageSection> Of(MarkdownDocument markdown) =>
        [.. markdown.OfType<HeadingBlock>()
            .Where(h => h.Level == 2 && h.Inline is not null && h.TryGetAttributes()?.Id is { Length: > 0 })
            .Select(h => new PageSection(h.TryGetAttributes()!.Id!, PlainText.Of(h.Inline!).Trim()))
            .Where(s => s.Title.Length > 0)];
}
