using System.Text;

using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>sitemap.xml and robots.txt. Search engines need absolute URLs, which a full <c>--base-url</c> gives.</summary>
public static class Sitemap
{
    public static string Render(IEnumerable<(string Path, DateOnly? Updated)> pages, SiteUrls urls)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (path, updated) in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(urls.Absolute(path))).Append("</loc>");
            if (updated is { } date) xml.Append("<lastmod>").Append(Dates.Iso(date)).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    public static string Robots(SiteUrls urls)
    {
        var text = "User-agent: *\nAllow: /\n";
        return urls.IsAbsolute ? text + $"Sitemap: {urls.Absolute("/sitemap.xml")}\n" : text;
    }
}
