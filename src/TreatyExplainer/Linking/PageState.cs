using System.Text;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>What linking one page has found so far: which entries it links, the links awaiting a snippet, its words.</summary>
internal sealed class PageState(Entry page, List<Diagnostic> diagnostics)
{
    private const int SearchTextLimit = 4000;

    public Entry Page { get; } = page;

    /// <summary>Entries this page already links to, by a mention or an explicit link earlier on the page.</summary>
    public HashSet<int> Linked { get; } = [];

    /// <summary>Every explicit link to an entry, which counts as that entry's link from where it stands on.</summary>
    public Dictionary<LinkInline, int> Explicit { get; } = [];

    public List<(LinkInline Link, int Entry)> Pending { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public int Words { get; set; }

    public int InQuotation { get; set; }

    /// <summary>Whether an escaped comment opened in an earlier block is still open (<see cref="EscapedMarkup"/>).</summary>
    public bool InComment { get; set; }

    public StringBuilder SearchText { get; } = new();

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
