using System.IO.Compression;
using AngleSharp.Html.Parser;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>
/// Every page of the built site keeps the size budgets: one CSS file of 20 KB at most, 10 KB of JS up front, under
/// 100 KB for a first load as sent (gzip, as Netlify serves it), 150 KB (gzip) for a first search.
/// </summary>
public sealed class BudgetTests
{
    private static readonly Lazy<BuildResult> Real = new(() =>
        new SitePipeline(BuildOptions.Resolve(Repo.Root) with { GitDates = false }).Run(write: false));

    private static byte[] Bytes(string href) => Real.Value.Files.Single(f => "/" + f.RelativePath == href).Bytes;

    public static TheoryData<string> Pages() => [.. Real.Value.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Pages))]
    public void PageLoadsOneSmallStylesheetAndLittleScript(string path)
    {
        var page = new HtmlParser().ParseDocument(Real.Value.Text(path)!);

        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Where(l => l.Closest("noscript") is null).Select(l => l.GetAttribute("href")!).ToList();
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();

        var stylesheet = Assert.Single(stylesheets);
        Assert.True(Bytes(stylesheet).Length <= 20 * 1024, $"{stylesheet} is {Bytes(stylesheet).Length} bytes");
        var script = scripts.Sum(s => Bytes(s).Length);
        Assert.True(script <= 10 * 1024, $"{path} loads {script} bytes of JavaScript up front");
        Assert.Empty(page.QuerySelectorAll("link[href^='http'], script[src^='http'], img[src^='http']"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void FirstLoadIsUnder100KilobytesAsSent(string path)
    {
        var html = Real.Value.Files.Single(f => f.RelativePath == path).Bytes;
        var page = new HtmlParser().ParseDocument(Real.Value.Text(path)!);
        var fetched = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]:not([loading=lazy])")
            .Where(e => e.Closest("noscript") is null)
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Distinct(StringComparer.Ordinal);

        var total = Gzipped(html) + fetched.Sum(href => Gzipped(Bytes(href)));

        Assert.True(total < 100 * 1024, $"{path} sends {total} bytes on a first load");
    }

    [Fact]
    public void FirstSearchCostsAtMost150KilobytesGzipped()
    {
        var search = new HtmlParser().ParseDocument(Real.Value.Text("search/index.html")!);
        var index = search.QuerySelector("#search-input")!.GetAttribute("data-index")!;
        var script = search.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.Contains("search", StringComparison.Ordinal));

        var total = Gzipped(Bytes(index)) + Gzipped(Bytes(script));

        Assert.True(total <= 150 * 1024, $"a first search downloads {total} bytes gzipped");
    }

    private static int Gzipped(byte[] bytes)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }
}
