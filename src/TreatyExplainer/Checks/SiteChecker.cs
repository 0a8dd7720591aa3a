using AngleSharp.Html.Parser;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Checks;

/// <summary>
/// Checks rendered pages. Each page is checked as soon as it is rendered: first by <see cref="MarkupScanner"/>, a
/// single pass over the HTML that vouches only for plain, well-nested markup; a page it cannot vouch for, or that
/// breaks any rule, is parsed with AngleSharp and checked on its DOM, which also gives the diagnostics. Only each
/// page's ids and any links into other pages' #fragments are kept for the last, site-wide pass.
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

    /// <summary>Checks one page against every rule, and keeps what the site-wide pass needs.</summary>
    public static PageFacts CheckPage(RenderedPage page, SiteFiles site, PageReporter reporter, CheckCache? cache = null, bool parseAlways = false)
    {
        var key = cache is null ? null : CheckCache.KeyOf(page.Html);
        if (key is not null && cache!.TryGet(key, out var knownIds, out var knownLinks))
            return new PageFacts(page.SitePath, page.SourcePath, knownIds, ValidateInternalLinks.Check(page.SitePath, knownIds, knownLinks, site, reporter));
        if (!parseAlways && Scan(page, site) is { } scanned)
        {
            if (key is not null) cache!.Add(key, scanned.Ids, scanned.Links);
            return new PageFacts(page.SitePath, page.SourcePath, scanned.Ids, scanned.Deferred);
        }
        return ParseAndCheck(page, site, reporter, cache, key);
    }

    /// <summary>The check on AngleSharp's DOM: the reference the scanner is held to, and the one that reports problems.</summary>
    private static PageFacts ParseAndCheck(RenderedPage page, SiteFiles site, PageReporter reporter, CheckCache? cache, string? key)
    {
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

    /// <summary>
    /// The fast path: a page the scanner vouches for, with one h1, a title, a lang, unique ids and no broken link within
    /// the site. Anything else returns null, to be parsed and reported by AngleSharp exactly as before.
    /// </summary>
    private static (IReadOnlySet<string> Ids, IReadOnlyList<LinkReference> Links, IReadOnlyList<LinkReference> Deferred)? Scan(RenderedPage page, SiteFiles site)
    {
        if (MarkupScanner.Scan(page.Html) is not { } facts || facts.H1Count != 1
            || string.IsNullOrWhiteSpace(facts.Title) || string.IsNullOrWhiteSpace(facts.Lang)) return null;
        var ids = new HashSet<string>(facts.Ids, StringComparer.Ordinal);
        if (ids.Count != facts.Ids.Count) return null;
        var problems = new List<Diagnostic>();
        var deferred = ValidateInternalLinks.Check(page.SitePath, ids, facts.Links, site, new PageReporter(page.SitePath, page.SourcePath, () => null, problems));
        return problems.Count == 0 ? (ids, facts.Links, deferred) : null;
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
