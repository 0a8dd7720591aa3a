using BenchmarkDotNet.Attributes;
using Markdig;
using TreatyExplainer.Bench;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Benchmarks;

/// <summary>One typical 4 KB page of the benchmark corpus, against 1,000 entities: Markdown parse, link, render.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string _body = "";
    private SiteIndex _index = null!;
    private MentionLinker _linker = null!;
    private Entry _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "te-bench-page-" + Environment.ProcessId);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        new CorpusGenerator(pages: 20, entities: 1000).Write(folder);
        var reader = new ContentReader(folder);
        var bag = new DiagnosticBag();
        var parsed = reader.ReadMarkdown(Path.Combine(folder, "input"), Origin.Input, bag)
            .Select(f => DocumentParser.Parse(f, []))
            .OfType<ParsedDocument>()
            .ToList();
        _index = SiteIndex.Build([.. parsed.Select(p => p.Document)], bag);
        _linker = new MentionLinker(_index, SiteUrls.TryCreate("/")!);
        var page = parsed.First(p => p.Document.Path.EndsWith("page-00010.md", StringComparison.Ordinal));
        _page = _index.Find(page.Document.Id)!;
        _body = page.Body;
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Description = "parse Markdown")]
    public object Parse() => Markdown.Parse(_body, MarkdownSetup.Pipeline);

    [Benchmark(Description = "parse + link + render HTML")]
    public int ParseLinkRender() => _linker.Link(_page, Markdown.Parse(_body, MarkdownSetup.Pipeline), []).BodyUtf8.Length;

    [Benchmark(Description = "parse + render HTML, no linking")]
    public int ParseRender() => LinkedHtml.Render(Markdown.Parse(_body, MarkdownSetup.Pipeline)).Length;
}
