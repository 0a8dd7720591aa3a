using AngleSharp.Html.Parser;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Sharing;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Sharing;

/// <summary>The og:image cards: one for the site, one per island with a map, drawn once per change and reused after.</summary>
public sealed class ShareImagesTests
{
    private const string BaseUrl = "https://treaty.example/";

    private static TempSite SiteWithAnIsland()
    {
        var site = new TempSite().WithHome("Iturup lies north-east of Hokkaido.");
        site.Write("input/islands/iturup.md", Entries.Glossary("Iturup", "island", Entries.Words, extra: "lat: 45.0\nlon: 147.9\ndisputed: true\n"));
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        return site;
    }

    [Fact]
    public void IslandPagesPointToTheirOwnCardAndOtherPagesToTheSiteCard()
    {
        using var site = SiteWithAnIsland();

        var result = site.Build(BaseUrl);

        var island = Meta(result, "islands/iturup/index.html");
        var about = Meta(result, "about/index.html");
        Assert.Matches(@"^https://treaty\.example/assets/share-iturup\.[0-9a-f]{16}\.png$", island["og:image"]);
        Assert.Matches(@"^https://treaty\.example/assets/share-site\.[0-9a-f]{16}\.png$", about["og:image"]);
        Assert.Equal(("1200", "630"), (island["og:image:width"], island["og:image:height"]));
        Assert.Contains("Iturup", island["og:image:alt"]);
        Assert.Equal("summary_large_image", island["twitter:card"]);
        Assert.NotNull(result.Text(new Uri(island["og:image"]).AbsolutePath.TrimStart('/')));
    }

    [Fact]
    public void TwoBuildsWriteTheSameCardBytes()
    {
        using var first = SiteWithAnIsland();
        using var second = SiteWithAnIsland();

        var a = first.Build(BaseUrl).Files.Where(f => f.RelativePath.EndsWith(".png", StringComparison.Ordinal)).ToList();
        var b = second.Build(BaseUrl).Files.Where(f => f.RelativePath.EndsWith(".png", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, a.Count);
        Assert.Equal(a.Select(f => f.RelativePath), b.Select(f => f.RelativePath));
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void AnUnchangedCardIsTakenFromTheLastOutputNotDrawnAgain()
    {
        using var site = SiteWithAnIsland();
        Assert.True(site.Run("build", "--base-url", BaseUrl).ExitCode == 0);
        var model = site.Build(BaseUrl).Model!;

        var changed = new DiagnosticBag();
        var again = Make(site, model, _ => "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>", changed);
        var fromDisk = Make(site, model, null, new DiagnosticBag());

        Assert.Empty(changed.Sorted());
        Assert.Equal(2, again.Drawn);
        Assert.Equal(0, fromDisk.Drawn);
        Assert.Equal(2, fromDisk.Files.Count);
        Assert.All(fromDisk.Files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, f.SitePath.TrimStart('/'))), f.Bytes));
    }

    [Fact]
    public void AMapThatCannotBeDrawnIsAWarningAndThePageHasNoImage()
    {
        using var site = SiteWithAnIsland();
        var model = site.Build(BaseUrl).Model!;
        var diagnostics = new DiagnosticBag();

        var images = Make(site, model, _ => "<svg", diagnostics);

        Assert.Empty(images.Files);
        Assert.Null(images.Site);
        Assert.All(diagnostics.Sorted(), d => Assert.Equal((DiagnosticCodes.ShareImageFailed, Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal(2, diagnostics.Sorted().Count);
    }

    [Fact]
    public void AMissingFontIsAWarningNotACrash()
    {
        using var site = SiteWithAnIsland();
        File.Delete(Path.Combine(site.Root, "theme", ShareImages.FontFile));

        var result = site.Build(BaseUrl);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ShareImageFailed && d.Path == "theme/" + ShareImages.FontFile);
        Assert.DoesNotContain("og:image", result.Text("index.html"));
    }

    /// <summary>Cards for the site and its island; <paramref name="map"/> null draws the map the build draws.</summary>
    private static ShareImages Make(TempSite site, TreatyExplainer.Site.SiteModel model, Func<string?, string>? map, DiagnosticBag diagnostics)
    {
        var generated = new TreatyExplainer.Rendering.GeneratedAssets(model);
        var islands = generated.Places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return ShareImages.Make(model, map ?? generated.Map, islands, "TreatyExplainer", Path.Combine(site.Root, "theme"), site.Output, diagnostics);
    }

    private static Dictionary<string, string> Meta(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(result.Text(path)!).QuerySelectorAll("meta")
            .Where(m => (m.GetAttribute("property") ?? m.GetAttribute("name")) is not null)
            .ToDictionary(m => m.GetAttribute("property") ?? m.GetAttribute("name")!, m => m.GetAttribute("content") ?? "");
}
