using AngleSharp.Html.Parser;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Checks;

/// <summary>Parses every rendered page with AngleSharp and runs each rule on it.</summary>
public sealed class SiteChecker
{
    public static readonly IReadOnlyList<IHtmlCheck> Rules =
    [
        new HtmlParsesCleanly(),
        new HasTitleHeadingAndLang(),
        new UniqueIds(),
        new ValidateInternalLinks(),
    ];

    public static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, string basePath,
        Func<string, string?> sourceText, DiagnosticBag diagnostics)
    {
        var parsed = new CheckedPage[pages.Count];
        Parallel.For(0, pages.Count, i => parsed[i] = Parse(pages[i]));

        var ids = parsed.ToDictionary(p => p.Page.SitePath, p => p.Ids, StringComparer.Ordinal);
        var site = new SiteFiles(ids, otherFiles, basePath);
        Parallel.For(0, parsed.Length, i =>
        {
            var found = new List<Diagnostic>();
            var reporter = new PageReporter(parsed[i], sourceText(parsed[i].Page.SourcePath), found);
            foreach (var rule in Rules) rule.Check(parsed[i], site, reporter);
            diagnostics.AddRange(found);
        });
    }

    private static CheckedPage Parse(RenderedPage page)
    {
        var errors = new List<HtmlProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add(new HtmlProblem(error.Position.Line, error.Position.Column, error.Message));
        };
        var document = parser.ParseDocument(page.Html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return new CheckedPage(page, document, errors, ids);
    }
}
