using AngleSharp.Html.Parser;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>The files the host and crawlers read: _redirects, sitemap.xml, robots.txt, 404.html, and each page's meta.</summary>
public sealed class SiteFilesTests
{
    private static readonly Lazy<BuildResult> Real = new(() =>
        new SitePipeline(BuildOptions.Resolve(Repo.Root, baseUrl: "https://treaty.example/") with { GitDates = false }).Run(write: false));

    [Fact]
    public void EveryRedirectTargetExists()
    {
        var redirects = Real.Value.Text("_redirects")!.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.True(redirects.Count > 50, $"expected a redirect for most aliases, got {redirects.Count}");
        foreach (var line in redirects)
        {
            var parts = line.Split(' ');
            Assert.Equal(3, parts.Length);
            Assert.Equal("301", parts[2]);
            Assert.NotNull(Real.Value.Text(parts[1].TrimStart('/') + "index.html"));
            Assert.Null(Real.Value.Text(parts[0].TrimStart('/') + "index.html"));
        }
    }

    [Fact]
    public void AliasRedirectsToItsEntry() =>
        Assert.Contains("/etorofu/ /islands/iturup/ 301", Real.Value.Text("_redirects")!.Split('\n'));

    [Fact]
    public void RedirectFromKeepsAnOldUrlWorking()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/islands/iturup.md", Entries.Glossary("Iturup", "island", Entries.Words, "[Etorofu]", "redirect_from: [/islands/etorofu-island/]\n"));

        var redirects = site.Build().Text("_redirects")!;

        Assert.Contains("/islands/etorofu-island/ /islands/iturup/ 301", redirects);
        Assert.Contains("/etorofu/ /islands/iturup/ 301", redirects);
    }

    [Theory]
    [InlineData("Etorofu Island", "etorofu-island")]
    [InlineData("Hokkaidō", "hokkaido")]
    [InlineData("Kono–Lavrov talks", "kono-lavrov-talks")]
    [InlineData("択捉島", null)]
    [InlineData("Итуруп", null)]
    [InlineData("../../etc", "etc")]
    public void SlugsAreSafeLatinPaths(string name, string? slug) => Assert.Equal(slug, Redirects.Slug(name));

    [Fact]
    public void SitemapListsEveryPageWithAbsoluteUrls()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(Real.Value.Text("sitemap.xml")!);
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Contains("https://treaty.example/islands/iturup/", locations);
        Assert.Contains("https://treaty.example/", locations);
        Assert.All(locations, l => Assert.StartsWith("https://treaty.example/", l));
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public void RobotsNamesTheSitemap() =>
        Assert.Contains("Sitemap: https://treaty.example/sitemap.xml", Real.Value.Text("robots.txt"));

    [Fact]
    public void NotFoundPageLinksFromTheRoot()
    {
        var page = new HtmlParser().ParseDocument(Real.Value.Text("404.html")!);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.Matches("^(/|#|https?:)", a.GetAttribute("href")!));
    }

    [Fact]
    public void EveryPageHasOpenGraphAndTwitterMeta()
    {
        foreach (var file in Real.Value.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes));
            foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
                Assert.False(string.IsNullOrEmpty(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{file.RelativePath} lacks {property}");
            Assert.StartsWith("https://treaty.example/assets/share-", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
            Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void LastUpdatedFallsBackToFrontMatterOrIsLeftOut()
    {
        using var site = new TempSite();
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\nupdated: 2026-02-07\n---\nHello.\n");
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");

        var result = site.Build();

        Assert.Contains("File last edited <time datetime=\"2026-02-07\">7 February 2026</time>", result.Text("index.html"));
        Assert.DoesNotContain("last edited", result.Text("about/index.html"));
    }

    [Fact]
    public void LastUpdatedComesFromTheLastCommitOfTheFile()
    {
        using var site = new TempSite();
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\nupdated: 2001-01-01\n---\nHello.\n");
        Git(site.Root, "init", "-q");
        Git(site.Root, "add", "input/index.md");
        Git(site.Root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x", "--date", "2024-03-05T12:00:00Z");

        var result = site.Build();

        Assert.Contains("datetime=\"2024-03-05\"", result.Text("index.html"));
    }

    private static void Git(string root, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["GIT_COMMITTER_DATE"] = "2024-03-05T12:00:00Z";
        using var process = System.Diagnostics.Process.Start(info)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
