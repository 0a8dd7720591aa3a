using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// Resolves the links an editor wrote: <c>xref:id</c> to the entry's URL (an unknown id is an error), a link to an
/// entry's own URL recognised as that entry's link, and any other address checked as safe.
/// </summary>
internal sealed class ExplicitLinks(SiteIndex index, SiteUrls urls)
{
    private const string UnsafeAdvice = "is not allowed: use http, https, mailto or a relative address";

    public void Resolve(MarkdownDocument markdown, PageState state)
    {
        foreach (var inline in AllInlines(markdown))
        {
            if (inline is AutolinkInline autolink && !LinkSafety.IsSafe(autolink.Url))
            {
                state.Error(inline, DiagnosticCodes.UnsafeLink, $"link to '{autolink.Url}' {UnsafeAdvice}");
                autolink.Url = "#";
            }
            if (inline is not LinkInline { Url: { } url } link) continue;
            if (url.StartsWith("xref:", StringComparison.Ordinal))
            {
                var id = url["xref:".Length..];
                if (index.Find(id) is { } target)
                {
                    link.Url = urls.Href(target.Path);
                    Add(link, target.Index, state);
                }
                else
                {
                    state.Error(link, DiagnosticCodes.UnknownXref, $"unknown id in 'xref:{id}': no file in input/ or seeds/ is named '{id}.md'");
                }
            }
            else if (EntryAt(url) is { } existing)
            {
                // A hand-written link to an entry counts as its link, as an xref does.
                Add(link, existing.Index, state);
            }
            else if (!LinkSafety.IsSafe(url))
            {
                state.Error(link, DiagnosticCodes.UnsafeLink, $"link to '{url}' {UnsafeAdvice}");
                link.Url = "#";
            }
        }
    }

    /// <summary>Counts every explicit link in <paramref name="container"/> as its entry's link, for text that is not linked itself.</summary>
    public static void Note(ContainerInline container, PageState state)
    {
        foreach (var inline in AllInlines(container))
        {
            if (inline is LinkInline link && state.Explicit.TryGetValue(link, out var entry)) state.Linked.Add(entry);
        }
    }

    private static void Add(LinkInline link, int entry, PageState state)
    {
        state.Explicit[link] = entry;
        state.Pending.Add((link, entry));
    }

    /// <summary>
    /// Every inline of the document, walked through sibling links as the renderer walks them. (Markdig's own
    /// Descendants misses inlines inserted after parsing, such as the links an earlier pass made.)
    /// </summary>
    private static IEnumerable<Inline> AllInlines(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock child)
            {
                foreach (var inline in AllInlines(child)) yield return inline;
            }
            else if (block is LeafBlock { Inline: { } root })
            {
                foreach (var inline in AllInlines(root)) yield return inline;
            }
        }
    }

    private static IEnumerable<Inline> AllInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            yield return inline;
            if (inline is ContainerInline nested)
            {
                foreach (var inner in AllInlines(nested)) yield return inner;
            }
        }
    }

    private Entry? EntryAt(string href) =>
        href.StartsWith(urls.BasePath, StringComparison.Ordinal) ? index.FindByPath("/" + href[urls.BasePath.Length..]) : null;
}
