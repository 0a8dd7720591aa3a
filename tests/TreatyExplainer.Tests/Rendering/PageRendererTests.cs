using Scriban.Runtime;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Rendering;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>Template limits fit the site's data, and one page's failure never reaches another page.</summary>
public sealed class PageRendererTests
{
    [Fact]
    public void FailedPageLeavesNothingBehindForTheNextPageOnTheThread()
    {
        using var site = new TempSite(withTheme: false);
        site.Write("theme/layouts/base.sbn", "{{ content }}");
        site.Write("theme/layouts/endless.sbn", "<h1>Bad</h1>{{ while true }}x{{ end }}");
        site.Write("theme/layouts/plain.sbn", "<h1>{{ title }}</h1>");
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(Path.Combine(site.Root, "theme"), p => p, diagnostics);
        var renderer = new PageRenderer(theme, href => href, p => p);
        var found = new List<Diagnostic>();

        var failed = renderer.Render(Job("/bad/", "layouts/endless", "Bad"), found);
        var next = renderer.Render(Job("/good/", "layouts/plain", "Good"), found);

        Assert.Null(failed);
        Assert.Contains(found, d => d.Code == DiagnosticCodes.TemplateError);
        Assert.Equal("<h1>Good</h1>", next?.Html);
    }

    [Fact]
    public void PageOfNearlyTwoMebibytesBuilds()
    {
        using var site = new TempSite().WithHome();
        var paragraph = "The islands were discussed again at the talks, and the talks ended without an agreement.\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, (int)(1.9 * 1024 * 1024) / paragraph.Length));
        site.Write("input/long.md", "---\ntitle: Long\nkind: page\n---\n" + body);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Files.Single(f => f.RelativePath == "long/index.html");
        Assert.True(page.Bytes.Length > 1_900_000, $"page is {page.Bytes.Length} bytes");
    }

    [Fact]
    public void IndexOfNamesListsFiftyThousandNames()
    {
        using var site = new TempSite().WithHome("See Many.");
        var aliases = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"  - Many{i:D5}\n"));
        site.Write("input/terms/many.md", "---\ntitle: Many\nkind: term\nsummary: S.\naliases:\n" + aliases + "---\nBody.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var names = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "a-z/index.html").Bytes);
        Assert.Contains(">Many49999<", names);
    }

    private static RenderJob Job(string sitePath, string layout, string title)
    {
        var variables = new ScriptObject { ["title"] = title };
        return new RenderJob(sitePath, "input/x.md", layout, variables);
    }
}
