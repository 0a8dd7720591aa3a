using TreatyExplainer.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>Canonical links, og:url, og:image and the sitemap need absolute URLs: without a host they are left out, with one warning.</summary>
public sealed class BaseUrlWarningTests
{
    private static TempSite ThreePages()
    {
        var site = new TempSite().WithHome();
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        site.Write("input/method.md", "---\ntitle: Method\nkind: page\n---\nMethod.\n");
        return site;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/explainer/")]
    public void WithoutAHostTheBuildWarnsOnceAndLeavesOutCanonicalOgUrlAndSitemap(string baseUrl)
    {
        using var site = ThreePages();

        var result = site.Build(baseUrl);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoBaseUrl);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.True(result.Succeeded);
        var pages = result.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)).ToList();
        Assert.True(pages.Count >= 3);
        Assert.All(pages, html =>
        {
            Assert.DoesNotContain("rel=\"canonical\"", html);
            Assert.DoesNotContain("og:url", html);
            Assert.DoesNotContain("og:image", html);
        });
        Assert.Null(result.Text("sitemap.xml"));
        Assert.DoesNotContain("Sitemap:", result.Text("robots.txt"));
    }

    [Fact]
    public void WithAHostEveryPageHasAnAbsoluteCanonicalAndTheSitemapIsAbsolute()
    {
        using var site = ThreePages();

        var result = site.Build("https://treaty.example/sub/");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NoBaseUrl);
        Assert.Contains("<link rel=\"canonical\" href=\"https://treaty.example/sub/about/\">", result.Text("about/index.html"));
        Assert.Contains("<meta property=\"og:url\" content=\"https://treaty.example/sub/about/\">", result.Text("about/index.html"));
        var locations = System.Xml.Linq.XDocument.Parse(result.Text("sitemap.xml")!).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value);
        Assert.All(locations, l => Assert.StartsWith("https://treaty.example/sub/", l));
    }

    [Fact]
    public void StrictCheckWithoutAHostFailsNamingTheWarning()
    {
        using var site = ThreePages();

        var (code, _, error) = site.Run("check", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:1:1: error TE140: the site has no base URL with a host", error);
    }
}
