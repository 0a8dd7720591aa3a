using AngleSharp.Dom;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>Every internal link, script, stylesheet and image resolves to a file the build writes, and every #fragment to an id on that page.</summary>
public sealed class ValidateInternalLinks : IHtmlCheck
{
    private const string Origin = "http://site.invalid";

    public void Check(CheckedPage page, SiteFiles site, PageReporter report)
    {
        var pageUrl = new Uri(Origin + site.BasePath + page.Page.SitePath.TrimStart('/'));
        foreach (var element in page.Document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
        {
            var attribute = element.HasAttribute("href") ? "href" : "src";
            var value = element.GetAttribute(attribute)!;
            if (element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate") continue;
            if (IsExternal(value)) continue;
            var problem = Problem(value, pageUrl, site);
            if (problem is null) continue;
            var position = element.SourceReference?.Position;
            report.Error(position?.Line ?? 1, position?.Column ?? 1, problem.Value.Code, problem.Value.Message, value);
        }
    }

    private static bool IsExternal(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("//", StringComparison.Ordinal);

    private static (string Code, string Message)? Problem(string value, Uri pageUrl, SiteFiles site)
    {
        if (!Uri.TryCreate(pageUrl, value, out var target) || target.GetLeftPart(UriPartial.Authority) != Origin)
            return (DiagnosticCodes.BrokenLink, $"link '{value}' is not a valid address");
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
            return (DiagnosticCodes.BrokenLink, $"link '{value}' points outside the site");
        var sitePath = "/" + path[site.BasePath.Length..];
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;

        if (sitePath.EndsWith('/'))
        {
            if (!site.HasPage(sitePath))
                return (DiagnosticCodes.BrokenLink, $"link '{value}' leads to no page of the site");
            if (fragment is not null && !site.HasId(sitePath, fragment))
                return (DiagnosticCodes.BrokenFragment, $"link '{value}' names '#{fragment}', but that page has no element with that id");
            return null;
        }
        if (!site.HasFile(sitePath) && !site.HasPage(sitePath + "/"))
            return (DiagnosticCodes.BrokenLink, $"link '{value}' leads to no file of the site");
        if (fragment is not null && site.HasPage(sitePath + "/"))
            return site.HasId(sitePath + "/", fragment) ? null : (DiagnosticCodes.BrokenFragment, $"link '{value}' names '#{fragment}', which the page lacks");
        return null;
    }
}
