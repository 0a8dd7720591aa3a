using System.Diagnostics;
using System.Text;
using Markdig;
using Markdig.Renderers;
using TreatyExplainer.Checks;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Output;
using TreatyExplainer.Rendering;
using TreatyExplainer.Site;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// The build, in order: read, parse front matter, index the glossary, link mentions, model the site, render,
/// check, write. Per-document stages run in parallel; whole-site stages sit between them. Data flows one way.
/// </summary>
public sealed class SitePipeline(BuildOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public BuildResult Run(bool write)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var urls = SiteUrls.TryCreate(options.BaseUrl) ?? throw new ArgumentException($"invalid base URL '{options.BaseUrl}'");
        var reader = new ContentReader(options.Root);

        var files = Read(reader, diagnostics);
        var documents = ParseFrontMatter(files, diagnostics);
        var index = SiteIndex.Build(documents, diagnostics);
        var pages = LinkPages(index, urls, diagnostics);
        var model = SiteModel.Build(index, urls, pages);
        ReportEditorialWarnings(model, diagnostics);
        var theme = Theme.Load(options.Theme, reader.Relative, diagnostics);
        var rendered = Render(model, theme, reader, diagnostics);
        var outputFiles = Collect(rendered, theme);
        Check(rendered, outputFiles, urls, files, diagnostics);

        var sorted = diagnostics.Sorted();
        var succeeded = !sorted.Any(d => d.IsError);
        if (succeeded && write) OutputWriter.Write(options.Output, outputFiles);
        return new BuildResult(sorted, succeeded ? outputFiles : [], rendered.Count, model.LinkCount, clock.Elapsed);
    }

    private IReadOnlyList<SourceFile> Read(ContentReader reader, DiagnosticBag diagnostics)
    {
        var seeds = Directory.Exists(options.Seeds) ? reader.ReadMarkdown(options.Seeds, Origin.Seeds, diagnostics) : [];
        var input = reader.ReadMarkdown(options.Input, Origin.Input, diagnostics);
        return [.. seeds.Concat(input).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<ContentDocument> ParseFrontMatter(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var documents = new ContentDocument?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var found = new List<Diagnostic>();
            documents[i] = DocumentParser.Parse(files[i], found);
            diagnostics.AddRange(found);
        });
        return documents.OfType<ContentDocument>().ToList();
    }

    private static IReadOnlyList<LinkedPage> LinkPages(SiteIndex index, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var linker = new MentionLinker(index, urls);
        var pages = new LinkedPage[index.Entries.Count];
        Parallel.For(0, pages.Length, i =>
        {
            var entry = index.Entries[i];
            var found = new List<Diagnostic>();
            pages[i] = ParseAndLink(entry, linker, found);
            diagnostics.AddRange(found);
        });
        return pages;
    }

    private static LinkedPage ParseAndLink(Entry entry, MentionLinker linker, List<Diagnostic> diagnostics)
    {
        try
        {
            return linker.Link(entry, Markdown.Parse(entry.Document.Body, MarkdownSetup.Pipeline), diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against pathological nesting, raised before the stack can overflow.
            diagnostics.Add(Diagnostic.Error(entry.Document.File.Path, entry.Document.BodyLine, 1, DiagnosticCodes.TooDeep,
                "the Markdown is nested too deeply (quotes, lists or brackets inside each other); flatten it"));
            return new LinkedPage(entry.Index, new Markdig.Syntax.MarkdownDocument(), [], 0);
        }
    }

    /// <summary>Warnings for content that builds but falls short: an entry nobody links to, a glossary page too thin to explain anything.</summary>
    private static void ReportEditorialWarnings(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var entry in model.Index.Entries.Where(e => e.Kind.IsGlossary()))
        {
            var path = entry.Document.File.Path;
            if (model.MentionsOf(entry).Count == 0)
                diagnostics.Add(Diagnostic.Warning(path, 1, 1, DiagnosticCodes.UnlinkedEntry, $"no other page mentions '{entry.Title}'; mention it somewhere or add an alias"));
            var words = model.Pages[entry.Index].WordCount;
            if (words < EditorialRules.MinimumBodyWords)
                diagnostics.Add(Diagnostic.Warning(path, entry.Document.BodyLine, 1, DiagnosticCodes.ShortBody, $"the body has {words} words; a glossary entry needs at least {EditorialRules.MinimumBodyWords}"));
        }
    }

    private static List<RenderedPage> Render(SiteModel model, Theme theme, ContentReader reader, DiagnosticBag diagnostics)
    {
        var bodies = model.Pages.Select(page => new HtmlString(ToHtml(page))).ToArray();
        var jobs = new ViewBuilder(model, theme).Jobs(bodies);
        var renderer = new PageRenderer(theme, model.Urls.Href, reader.Relative);
        var rendered = new RenderedPage?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var found = new List<Diagnostic>();
            rendered[i] = renderer.Render(jobs[i], found);
            diagnostics.AddRange(found);
        });
        return rendered.OfType<RenderedPage>().OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
    }

    private static string ToHtml(LinkedPage page)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSetup.Pipeline.Setup(renderer);
        renderer.Render(page.Markdown);
        return writer.ToString();
    }

    private static List<OutputFile> Collect(IReadOnlyList<RenderedPage> pages, Theme theme)
    {
        var files = pages.Select(p => new OutputFile(Routes.FileOf(p.SitePath), Utf8.GetBytes(p.Html))).ToList();
        files.AddRange(theme.Assets.Select(a => new OutputFile(a.SitePath.TrimStart('/'), a.Bytes)));
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<OutputFile> files, SiteUrls urls,
        IReadOnlyList<SourceFile> sources, DiagnosticBag diagnostics)
    {
        var otherFiles = files.Where(f => !f.RelativePath.EndsWith("index.html", StringComparison.Ordinal))
            .Select(f => "/" + f.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        var texts = sources.ToDictionary(s => s.Path, s => s.Text, StringComparer.Ordinal);
        SiteChecker.Check(pages, otherFiles, urls.BasePath, path => texts.GetValueOrDefault(path), diagnostics);
    }
}
