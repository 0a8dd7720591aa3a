using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

public sealed class EscapingTests
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "\\\"onmouseover=alert(1) x=\\\"",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void EveryFrontMatterValueIsEscaped(string payload)
    {
        using var site = new TempSite().WithHome("Mention Evil Person here.");
        var field = $"\"{payload} EVIL\"";
        site.Write("input/people/evil.md",
            $"---\ntitle: {field}\nkind: person\nsummary: {field}\naliases: [Evil Person, {field}]\nnames: {{ en: {field}, ja: {field}, ru: {field} }}\nroles: [{field}]\n---\n{Entries.Words}\n");
        site.Write("seeds/report.md",
            $"---\ntitle: {field}\nkind: source\nsummary: {field}\noutlet: {field}\nvia: {field}\npublished: 2016-04-15\nheadline: {field}\n---\nText.\n");
        site.Write("input/terms/t.md", Entries.Glossary("T", "term", "Evil Person.", extra: "sources: [report]\n"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(file.Bytes);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("</title><", html);
            Assert.DoesNotContain("\"onmouseover", html);
        }
        // The page shows the value with its typography (PlainTypography), escaped.
        var value = TreatyExplainer.Content.PlainTypography.Apply(payload.Replace("\\\"", "\"", StringComparison.Ordinal) + " EVIL");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Text("people/evil/index.html")!);
        Assert.Equal(value, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(value, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void RawHtmlInMarkdownIsShownAsTextNeverRun()
    {
        using var site = new TempSite().WithHome("<script>alert(1)</script>\n\n<iframe src=\"https://evil.example/\"></iframe>\n\nText <img src=x onerror=alert(1)> here.");

        var result = site.Build();

        var html = result.Text("index.html")!;
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
