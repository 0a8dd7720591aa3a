using AngleSharp.Html.Parser;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Checks;

/// <summary>
/// Checks rendered pages with AngleSharp. Each page is parsed and checked as soon as it is rendered, and its DOM
/// dropped; only its ids and any links into other pages' #fragments are kept for the last, site-wide pass.
/// </summary>
public static class SiteChecker
{
    /// <summary>The rules run on each page's DOM; links are then checked by <see cref="ValidateInternalLinks"/>.</summary>
    public static readonly IReadOnlyList<IHtmlCheck> Rules =
    [
        new HtmlParsesCleanly(),
        new HasTitleHeadingAndLang(),
        new UniqueIds(),
    ];

    // One parser per thread: building one sets up a browsing context, which costs more than parsing a page.
    private static readonly ThreadLocal<(HtmlParser Parser, List<HtmlProblem> Errors)> Parsers = new(() =>
    {
        var errors = new List<HtmlProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add(new HtmlProblem(error.Position.Line, error.Position.Column, error.Message));
        };
        return (parser, errors);
    });

    /// <summary>Parses one page, runs every rule on it, and keeps what the site-wide pass needs.</summary>
    public static PageFacts CheckPage(RenderedPage page, SiteFiles site, PageReporter reporter, CheckCache? cache = null)
    {
        var key = cache is null ? null : CheckCache.KeyOf(page.Html);
        if (key is not null && cache!.TryGet(key, out var knownIds, out var knownLinks))
            return new PageFacts(page.SitePath, page.SourcePath, knownIds, ValidateInternalLinks.Check(page.SitePath, knownIds, knownLinks, site, reporter));
        var (parser, sink) = Parsers.Value;
        sink.Clear();
        using var document = parser.ParseDocument(page.Html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var checkedPage = new CheckedPage(page, document, [.. sink], ids);
        var links = ValidateInternalLinks.References(document).ToList();
        var before = reporter.Count;
        foreach (var rule in Rules) rule.Check(checkedPage, reporter);
        var deferred = ValidateInternalLinks.Check(page.SitePath, ids, links, site, reporter);
        if (key is not null && reporter.Count == before) cache!.Add(key, ids, links);
        return new PageFacts(page.SitePath, page.SourcePath, ids, deferred);
    }

    /// <summary>Checks the links into other pages' fragments, now that every page's ids are known.</summary>
    public static void CheckDeferredLinks(IReadOnlyList<PageFacts> pages, SiteFiles site, Func<string, Func<string?>> sourceText, DiagnosticBag diagnostics)
    {
        var complete = site.WithIds(pages.ToDictionary(p => p.SitePath, p => p.Ids, StringComparer.Ordinal));
        foreach (var page in pages.Where(p => p.DeferredLinks.Count > 0))
        {
            var found = new List<Diagnostic>();
            ValidateInternalLinks.CheckDeferred(page, complete, new PageReporter(page.SitePath, page.SourcePath, sourceText(page.SourcePath), found));
            diagnostics.AddRange(found);
        }
    }
}
