using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// Turns mentions into links on one page, following Wikipedia's rule against overlinking: the first mention of each
/// entry is linked, later ones stay plain; nothing inside headings, links, code, escaped markup, quoted titles or
/// <c>::no-link spans::</c>; no name inside a longer word; no page links to itself. Explicit links are resolved
/// here too, and one counts as its entry's link from where it stands on. The rules, with examples: docs/linking.md.
/// </summary>
public sealed class MentionLinker
{
    public const string MentionClass = "mention";
    private const int SnippetChars = 70;

    private readonly SiteIndex _index;
    private readonly SiteUrls _urls;
    private readonly MentionMatcher _matcher;
    private readonly ExplicitLinks _explicit;
    private readonly HashSet<string> _titles;

    public MentionLinker(SiteIndex index, SiteUrls urls)
        : this(index, urls, new MentionMatcher(index.Names))
    {
    }

    public MentionLinker(SiteIndex index, SiteUrls urls, MentionMatcher matcher)
    {
        _index = index;
        _urls = urls;
        _matcher = matcher;
        _explicit = new ExplicitLinks(index, urls);
        _titles = index.Entries
            .Select(e => e.Meta.Headline)
            .OfType<string>()
            .Select(h => QuotedTitles.Key(h))
            .Where(h => h.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    public LinkedPage Link(Entry page, MarkdownDocument markdown, List<Diagnostic> diagnostics)
    {
        var state = new PageState(page, diagnostics);
        _explicit.Resolve(markdown, state);
        LinkBlocks(markdown, state);
        // Explicit links in headings have no sentence around them, but they are still mentions.
        foreach (var (link, entry) in state.Pending)
            state.Mentions.Add(new Mention(page.Index, entry, "", PlainText.Of(link), ""));
        var html = System.Text.Encoding.UTF8.GetBytes(LinkedHtml.Render(markdown));
        return new LinkedPage(page.Index, html, state.Mentions, state.Words, state.SearchText.ToString()) { Sections = SectionHeadings.Of(markdown) };
    }

    private void LinkBlocks(ContainerBlock container, PageState state)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock { Inline: { } heading }:
                    ExplicitLinks.Note(heading, state);
                    state.InComment = BlockText.Of(heading, _titles, state.InComment).CommentOpen;
                    break;
                case CodeBlock or HtmlBlock:
                    break;
                case LeafBlock { Inline: { } inline }:
                    var text = BlockText.Of(inline, _titles, state.InComment);
                    state.InComment = text.CommentOpen;
                    LinkInlines(inline, text, state);
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

    private void LinkInlines(ContainerInline container, BlockText text, PageState state)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            switch (child)
            {
                case LinkInline link:
                    if (state.Explicit.TryGetValue(link, out var entry)) state.Linked.Add(entry);
                    ExplicitLinks.Note(link, state);
                    child = child.NextSibling;
                    break;
                case LiteralInline:
                    child = LinkRun(child, text, state);
                    break;
                case ContainerInline nested when BlockText.IsNoLinkSpan(nested):
                    ExplicitLinks.Note(nested, state);
                    child = child.NextSibling;
                    break;
                case ContainerInline nested:
                    LinkInlines(nested, text, state);
                    child = child.NextSibling;
                    break;
                default:
                    child = child.NextSibling;
                    break;
            }
        }
    }

    /// <summary>Links a run of literals joined by soft line breaks, so a name wrapped across lines is still found.</summary>
    private Inline? LinkRun(Inline first, BlockText text, PageState state)
    {
        var run = new List<Inline>();
        var joined = new System.Text.StringBuilder();
        var node = first;
        while (node is LiteralInline or LineBreakInline { IsHard: false })
        {
            run.Add(node);
            if (node is LiteralInline literal) joined.Append(literal.Content.AsSpan());
            else joined.Append('\n');
            node = node.NextSibling;
        }
        var after = node;
        var words = joined.ToString();
        var offset = text.StartOf(first);

        var matches = new List<MentionMatch>();
        _matcher.FindAll(words.AsSpan(), matches);
        matches.RemoveAll(m => !text.MayLink(offset + m.Start, offset + m.End));
        var replacement = Replace(words, matches, state);
        if (replacement.Count == 0) return after;

        foreach (var inline in replacement) first.InsertBefore(inline);
        foreach (var inline in run) inline.Remove();
        return after;
    }

    /// <summary>The inlines that show <paramref name="words"/> with its first mentions linked and place names renamed; none if nothing changes.</summary>
    private List<Inline> Replace(string words, List<MentionMatch> matches, PageState state)
    {
        // Only places with two names need to know what is quoted; most runs have none.
        var quoted = state.InQuotation == 0 && matches.Exists(m => _index.PlaceNames.ContainsKey(m.Entry)) ? QuotedSpans.Of(words) : null;
        var replacement = new List<Inline>();
        var position = 0;
        foreach (var match in matches)
        {
            var link = match.Entry != state.Page.Index && state.Linked.Add(match.Entry);
            var name = words.Substring(match.Start, match.Length);
            var rename = quoted is not null && !quoted[match.Start] && _index.PlaceNames.TryGetValue(match.Entry, out var place)
                && place.IsNamingForm(name) && !BracketedNames.WrittenInBrackets(words, match, place);
            if (!link && !rename) continue;
            AddPlain(replacement, words[position..match.Start]);
            Inline shown = rename ? new PlaceNameInline(_index.PlaceNames[match.Entry]) : new LiteralInline(name);
            if (link)
            {
                var target = _index.Entries[match.Entry];
                var anchor = new LinkInline(_urls.Href(target.Path), title: "") { IsClosed = true };
                anchor.GetAttributes().AddClass(MentionClass);
                anchor.AppendChild(shown);
                state.Pending.Add((anchor, match.Entry));
                shown = anchor;
            }
            replacement.Add(shown);
            position = match.End;
        }
        if (replacement.Count > 0) AddPlain(replacement, words[position..]);
        return replacement;
    }

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
}
