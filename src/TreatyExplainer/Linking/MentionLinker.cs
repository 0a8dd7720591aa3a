using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// Turns mentions into links on one page, following Wikipedia's rule against overlinking: the first mention of each
/// entry is linked, later ones stay plain; nothing inside headings, links or code; no page links to itself.
/// Explicit <c>[text](xref:id)</c> links are resolved here too and count as that entry's link.
/// </summary>
public sealed class MentionLinker(SiteIndex index, SiteUrls urls)
{
    public const string MentionClass = "mention";
    private const int SnippetChars = 70;
    private const int SearchTextLimit = 4000;

    public LinkedPage Link(Entry page, MarkdownDocument markdown, List<Diagnostic> diagnostics)
    {
        var state = new PageState(page, diagnostics);
        ResolveExplicitLinks(markdown, state);
        LinkBlocks(markdown, state);
        // Explicit links in headings have no sentence around them, but they are still mentions.
        foreach (var (link, entry) in state.Pending)
            state.Mentions.Add(new Mention(page.Index, entry, "", PlainText.Of(link), ""));
        return new LinkedPage(page.Index, System.Text.Encoding.UTF8.GetBytes(MarkdownSetup.ToHtml(markdown)), state.Mentions, state.Words, state.SearchText.ToString());
    }

    private void ResolveExplicitLinks(MarkdownDocument markdown, PageState state)
    {
        foreach (var inline in AllInlines(markdown))
        {
            if (inline is AutolinkInline autolink && !LinkSafety.IsSafe(autolink.Url))
            {
                state.Error(inline, DiagnosticCodes.UnsafeLink, $"link to '{autolink.Url}' is not allowed: use http, https, mailto or a relative address");
                autolink.Url = "#";
            }
            if (inline is not LinkInline { Url: { } url } link) continue;
            if (url.StartsWith("xref:", StringComparison.Ordinal))
            {
                var id = url["xref:".Length..];
                if (index.Find(id) is { } target)
                {
                    link.Url = urls.Href(target.Path);
                    state.Linked.Add(target.Index);
                    state.Pending.Add((link, target.Index));
                }
                else
                {
                    state.Error(link, DiagnosticCodes.UnknownXref, $"unknown id in 'xref:{id}': no file in input/ or seeds/ is named '{id}.md'");
                }
            }
            else if (EntryAt(url) is { } existing)
            {
                // A hand-written link to an entry counts as its link, as an xref does: later mentions stay plain.
                state.Linked.Add(existing.Index);
                state.Pending.Add((link, existing.Index));
            }
            else if (!LinkSafety.IsSafe(url))
            {
                state.Error(link, DiagnosticCodes.UnsafeLink, $"link to '{url}' is not allowed: use http, https, mailto or a relative address");
                link.Url = "#";
            }
        }
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

    private void LinkBlocks(ContainerBlock container, PageState state)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock or CodeBlock or HtmlBlock:
                    break;
                case LeafBlock { Inline: { } inline }:
                    LinkInlines(inline, state);
                    state.Words += CollectMentions(inline, state);
                    break;
                case QuoteBlock quote:
                    // A block quotation keeps its words: names in it are linked but never renamed.
                    state.InQuotation++;
                    LinkBlocks(quote, state);
                    state.InQuotation--;
                    break;
                case ContainerBlock child:
                    LinkBlocks(child, state);
                    break;
            }
        }
    }

    private void LinkInlines(ContainerInline container, PageState state)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            switch (child)
            {
                case LinkInline or AutolinkInline or CodeInline or HtmlInline:
                    child = child.NextSibling;
                    break;
                case LiteralInline:
                    child = LinkRun(child, state);
                    break;
                case ContainerInline nested:
                    LinkInlines(nested, state);
                    child = child.NextSibling;
                    break;
                default:
                    child = child.NextSibling;
                    break;
            }
        }
    }

    /// <summary>Links a run of literals joined by soft line breaks, so a name wrapped across lines is still found.</summary>
    private Inline? LinkRun(Inline first, PageState state)
    {
        var run = new List<Inline>();
        var text = new System.Text.StringBuilder();
        var node = first;
        while (node is LiteralInline or LineBreakInline { IsHard: false })
        {
            run.Add(node);
            if (node is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else text.Append('\n');
            node = node.NextSibling;
        }
        var after = node;

        var joined = text.ToString();
        var matches = new List<MentionMatch>();
        index.Matcher.FindAll(joined.AsSpan(), matches);
        // Only places with two names need to know what is quoted; most runs have none.
        var quoted = state.InQuotation == 0 && matches.Exists(m => index.PlaceNames.ContainsKey(m.Entry)) ? QuotedSpans.Of(joined) : null;
        var replacement = new List<Inline>();
        var position = 0;
        foreach (var match in matches)
        {
            var link = match.Entry != state.Page.Index && state.Linked.Add(match.Entry);
            var words = joined.Substring(match.Start, match.Length);
            var rename = quoted is not null && !quoted[match.Start] && index.PlaceNames.TryGetValue(match.Entry, out var place)
                && place.IsNamingForm(words) && !WrittenInBrackets(joined, match, place);
            if (!link && !rename) continue;
            AddPlain(replacement, joined[position..match.Start]);
            Inline shown = rename ? new PlaceNameInline(index.PlaceNames[match.Entry]) : new LiteralInline(words);
            if (link)
            {
                var target = index.Entries[match.Entry];
                var anchor = new LinkInline(urls.Href(target.Path), title: "") { IsClosed = true };
                anchor.GetAttributes().AddClass(MentionClass);
                anchor.AppendChild(shown);
                state.Pending.Add((anchor, match.Entry));
                shown = anchor;
            }
            replacement.Add(shown);
            position = match.End;
        }
        if (replacement.Count == 0) return after;
        AddPlain(replacement, joined[position..]);

        foreach (var inline in replacement) first.InsertBefore(inline);
        foreach (var inline in run) inline.Remove();
        return after;
    }

    /// <summary>
    /// "Iturup (Etorofu; Japanese 択捉島…)": the author already gave both names in words of their own, so neither
    /// the name before the bracket nor the one opening it is rewritten.
    /// </summary>
    private static bool WrittenInBrackets(string text, MentionMatch match, PlaceName place)
    {
        var after = text.AsSpan(match.End).TrimStart();
        if (after.Length > 0 && after[0] == '(' && StartsWithName(after[1..].TrimStart(), place)) return true;
        var before = text.AsSpan(0, match.Start).TrimEnd();
        return before.Length > 0 && before[^1] == '(' && EndsWithName(before[..^1].TrimEnd(), place);
    }

    private static bool StartsWithName(ReadOnlySpan<char> text, PlaceName place) =>
        text.StartsWith(place.Japanese, StringComparison.Ordinal) || text.StartsWith(place.Russian, StringComparison.Ordinal);

    private static bool EndsWithName(ReadOnlySpan<char> text, PlaceName place) =>
        text.EndsWith(place.Japanese, StringComparison.Ordinal) || text.EndsWith(place.Russian, StringComparison.Ordinal);

    private static void AddPlain(List<Inline> inlines, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) inlines.Add(new LineBreakInline { IsHard = false, NewLine = NewLine.LineFeed });
            if (lines[i].Length > 0) inlines.Add(new LiteralInline(lines[i]));
        }
    }

    /// <summary>Records a snippet for every link made in this block, and counts the block's words.</summary>
    private static int CollectMentions(ContainerInline inline, PageState state)
    {
        var plain = new System.Text.StringBuilder();
        var spans = new Dictionary<LinkInline, (int Start, int End)>();
        PlainText.Append(inline, plain, spans);
        var text = plain.ToString();
        state.AddSearchText(text);
        foreach (var (link, entry) in state.Pending)
        {
            if (!spans.TryGetValue(link, out var span)) continue;
            var before = Snippet.Before(text, span.Start, SnippetChars);
            var after = Snippet.After(text, span.End, SnippetChars);
            state.Mentions.Add(new Mention(state.Page.Index, entry, before, text[span.Start..span.End], after));
        }
        state.Pending.RemoveAll(p => spans.ContainsKey(p.Link));
        return PlainText.CountWords(text);
    }

    private sealed class PageState(Entry page, List<Diagnostic> diagnostics)
    {
        public Entry Page { get; } = page;
        public HashSet<int> Linked { get; } = [];
        public List<(LinkInline Link, int Entry)> Pending { get; } = [];
        public List<Mention> Mentions { get; } = [];
        public int Words { get; set; }
        public int InQuotation { get; set; }
        public System.Text.StringBuilder SearchText { get; } = new();

        /// <summary>Keeps the start of the page's text for full-text search; enough to find a page by what it is about.</summary>
        public void AddSearchText(string text)
        {
            var room = SearchTextLimit - SearchText.Length;
            if (room <= 0) return;
            SearchText.Append(text.AsSpan(0, Math.Min(room, text.Length))).Append(' ');
        }

        public void Error(Inline inline, string code, string message) =>
            diagnostics.Add(Diagnostic.Error(Page.Document.Path, Page.Document.BodyLine + inline.Line, inline.Column + 1, code, message));
    }
}
