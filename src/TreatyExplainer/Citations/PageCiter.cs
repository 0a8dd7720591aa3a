using Markdig.Syntax;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>The citation stage for one page's Markdown, run before mentions are linked: resolve, number, then check.</summary>
/// <param name="candidateNames">The matcher to find capitalised names with no entry for <c>report</c>; null skips them.</param>
public sealed class PageCiter(SiteIndex index, SiteUrls urls, DateOnly today, MentionMatcher? candidateNames)
{
    public DateOnly Today { get; } = today;

    private readonly CitationResolver _resolver = new(index, urls);
    private readonly PageAnalyzer _analyzer = new(index, today, candidateNames);

    public PageCitations Cite(Entry page, MarkdownDocument markdown, List<Diagnostic> diagnostics)
    {
        var (works, infobox) = _resolver.Resolve(page, markdown, diagnostics);
        var (uncited, stale, names) = _analyzer.Analyze(page, markdown, diagnostics);
        return new PageCitations(works, uncited, stale, names) { Infobox = infobox };
    }
}
