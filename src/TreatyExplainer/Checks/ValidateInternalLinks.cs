using AngleSharp.Dom;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>
/// Every internal link, script, stylesheet and image resolves to a file the build writes, and every #fragment to
/// an id on its page. Fragments into other pages wait until every page is rendered (<see cref="CheckDeferred"/>).
/// It works on the addresses taken from a page's DOM, so a page served from the check cache is checked the same way.
/// </summary>
public static class ValidateInternalLinks
{
    private const string Origin = "http://site.invalid";

    /// <summary>Checks a page's links; returns those whose fragment points into another page, to check once all pages are known.</summary>
    public static IReadOnlyList<LinkReference> Check(string sitePath, IReadOnlySet<string> ids, IReadOnlyList<LinkReference> links, SiteFiles site, PageReporter report)
    {
        var deferred = new List<LinkReference>();
        var pageUrl = PageUrl(sitePath, site);
        foreach (var link in links)
        {
            if (IsExternal(link.Value)) continue;
            var target = Resolve(link.Value, pageUrl, site);
            if (target.Problem is { } problem)
                report.Error(link.Line, link.Column, problem.Code, problem.Message, link.Value);
            else if (target.Fragment is { } fragment && target.PagePath == sitePath && !ids.Contains(fragment))
                report.Error(link.Line, link.Column, DiagnosticCodes.BrokenFragment, FragmentMessage(link.Value, fragment), link.Value);
            else if (target.Fragment is not null && target.PagePath != sitePath)
                deferred.Add(link);
        }
        return deferred;
    }

    public static void CheckDeferred(PageFacts page, SiteFiles site, PageReporter report)
    {
        var pageUrl = PageUrl(page.SitePath, site);
        foreach (var link in page.DeferredLinks)
        {
            var target = Resolve(link.Value, pageUrl, site);
            if (target.PagePath is { } path && target.Fragment is { } fragment && !site.HasId(path, fragment))
                report.Error(link.Line, link.Column, DiagnosticCodes.BrokenFragment, FragmentMessage(link.Value, fragment), link.Value);
        }
    }

    public static IEnumerable<LinkReference> References(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
        {
            if (element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate") continue;
            var value = element.GetAttribute(element.HasAttribute("href") ? "href" : "src")!;
            var position = element.SourceReference?.Position;
            yield return new LinkReference(value, position?.Line ?? 1, position?.Column ?? 1);
        }
    }

    private static Uri PageUrl(string sitePath, SiteFiles site) => new(Origin + site.BasePath + sitePath.TrimStart('/'));

    private static bool IsExternal(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("//", StringComparison.Ordinal);

    private static string FragmentMessage(string value, string fragment) =>
        $"link '{value}' names '#{fragment}', but that page has no element with that id";

    private readonly record struct Target(string? PagePath, string? Fragment, (string Code, string Message)? Problem);

    private static Target Resolve(string value, Uri pageUrl, SiteFiles site)
    {
        if (!Uri.TryCreate(pageUrl, value, out var target) || target.GetLeftPart(UriPartial.Authority) != Origin)
            return new(null, null, (DiagnosticCodes.BrokenLink, $"link '{value}' is not a valid address"));
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
            return new(null, null, (DiagnosticCodes.BrokenLink, $"link '{value}' points outside the site"));
        var sitePath = "/" + path[site.BasePath.Length..];
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;

        if (site.HasPage(sitePath)) return new(sitePath, fragment, null);
        if (sitePath.EndsWith('/')) return new(null, null, (DiagnosticCodes.BrokenLink, $"link '{value}' leads to no page of the site"));
        if (site.HasFile(sitePath)) return new(null, null, null);
        if (site.HasPage(sitePath + "/")) return new(sitePath + "/", fragment, null);
        return new(null, null, (DiagnosticCodes.BrokenLink, $"link '{value}' leads to no file of the site"));
    }
}
