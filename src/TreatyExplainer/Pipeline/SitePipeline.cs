using System.Text;
using Markdig;
using TreatyExplainer.Checks;
using TreatyExplainer.Citations;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Output;
using TreatyExplainer.Rendering;
using TreatyExplainer.Site;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// The build, in order: read, parse front matter, index the glossary, link mentions, model the site, then render,
/// check and emit each page, check links across pages, and commit. Per-document stages run in parallel; the
/// whole-site stages sit between them. Data flows one way: no stage changes what an earlier one made.
/// </summary>
public sealed class SitePipeline(BuildOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private DateOnly Today { get; } = options.Today ?? BuildDate.FromEnvironment();

    public BuildResult Run(bool write) => Run(write ? OutputMode.Disk : OutputMode.Memory);

    public BuildResult Run(OutputMode mode)
    {
        var timer = new StageTimer();
        var diagnostics = new DiagnosticBag();
        var urls = SiteUrls.TryCreate(options.BaseUrl) ?? throw new ArgumentException($"invalid base URL '{options.BaseUrl}'");
        var reader = new ContentReader(options.Root);
        var sources = new SourceText(options.Root);

        // git runs in its own process; let it work while the content is read and linked.
        var history = options.GitDates ? Task.Run(() => GitHistory.LastChanged(options.Root, [options.Input, options.Seeds])) : Task.FromResult<IReadOnlyDictionary<string, DateOnly>>(new Dictionary<string, DateOnly>());
        var (index, pages) = ReadAndLink(reader, urls, diagnostics, timer);
        var model = SiteModel.Build(index, urls, pages, history.GetAwaiter().GetResult());
        ReportEditorialWarnings(model, diagnostics);
        CitationRules.ReportUncitedReferences(model, diagnostics);
        var theme = Theme.Load(options.Theme, reader.Relative, diagnostics);
        var generated = new GeneratedAssets(model);
        timer.Mark("model");

        var memory = mode == OutputMode.Memory ? new MemorySink() : null;
        using var transaction = mode == OutputMode.Disk && !diagnostics.HasErrors ? OutputTransaction.Begin(options.Output, reader.Relative) : null;
        IOutputSink sink = (IOutputSink?)transaction ?? (IOutputSink?)memory ?? new NullSink();
        var site = new SiteFiles(
            ViewBuilder.PagePaths(model).ToHashSet(StringComparer.Ordinal),
            theme.Assets.Concat(generated.Files).Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal),
            urls.BasePath);
        var renderer = new PageRenderer(theme, model.Urls.Href, reader.Relative, options.RenderCache);
        var facts = RenderCheckAndEmit(new ViewBuilder(model, theme, generated), renderer, site, sources, sink, options.CheckCache, options.ParseEveryPage, diagnostics);
        renderer.TrimCache();
        foreach (var asset in theme.Assets.Concat(generated.Files)) sink.Put(new OutputFile(asset.SitePath.TrimStart('/'), asset.Bytes));
        EmitSiteFiles(model, sink);
        timer.Mark("render+check");
        SiteChecker.CheckDeferredLinks(facts, site, sources.Lazy, diagnostics);
        timer.Mark("check links");

        var sorted = Finished(diagnostics);
        var succeeded = !sorted.Any(d => d.IsError);
        var written = succeeded && transaction is not null ? transaction.Commit() : default;
        if (transaction is not null && transaction.Problems.Count > 0)
        {
            diagnostics.AddRange(transaction.Problems);
            sorted = Finished(diagnostics);
            succeeded = !sorted.Any(d => d.IsError);
        }
        timer.Mark("commit");
        return new BuildResult(sorted, succeeded && memory is not null ? memory.Files : [], facts.Count, model.LinkCount, timer.Elapsed)
        {
            Written = written,
            Timings = timer.Report(),
            Model = model,
        };
    }

    /// <summary>Every diagnostic, sorted, with warnings outside the strict baseline turned into errors.</summary>
    private IReadOnlyList<Diagnostic> Finished(DiagnosticBag diagnostics) => options.Strict?.Apply(diagnostics.Sorted()) ?? diagnostics.Sorted();

    /// <summary>The stages up to linking. Texts and Markdown bodies live only inside this method, so they are garbage by the time pages render.</summary>
    private (SiteIndex Index, IReadOnlyList<LinkedPage> Pages) ReadAndLink(ContentReader reader, SiteUrls urls, DiagnosticBag diagnostics, StageTimer timer)
    {
        var files = Read(reader, diagnostics);
        timer.Mark("read");
        var parsed = ParseFrontMatter(files, options.ContentCache, diagnostics);
        options.ContentCache?.Trim(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        timer.Mark("front matter");
        var index = SiteIndex.Build([.. parsed.Select(p => p.Document)], diagnostics, options.AutoLink);
        CitationRules.CheckPrimaryReferences(index, urls, diagnostics);
        timer.Mark("index");
        var bodies = parsed.ToDictionary(p => p.Document.Path, p => p.Body, StringComparer.Ordinal);
        var pages = LinkPages(index, urls, bodies, options.ContentCache, Today, diagnostics);
        timer.Mark("parse+link");
        return (index, pages);
    }

    /// <summary>The files for hosts and crawlers: redirects for every alias, the sitemap, robots.txt.</summary>
    private static void EmitSiteFiles(SiteModel model, IOutputSink sink)
    {
        sink.Put(new OutputFile("_redirects", Utf8.GetBytes(Redirects.Render(Redirects.For(model.Index), model.Urls))));
        var pages = model.Index.Entries.Select(e => (e.Path, model.LastUpdated(e)))
            .Concat(KindExtensions.ListedKinds.Select(k => (Routes.ListingPath(k), (DateOnly?)null)));
        sink.Put(new OutputFile("sitemap.xml", Utf8.GetBytes(Sitemap.Render(pages, model.Urls))));
        sink.Put(new OutputFile("robots.txt", Utf8.GetBytes(Sitemap.Robots(model.Urls))));
    }

    private IReadOnlyList<SourceFile> Read(ContentReader reader, DiagnosticBag diagnostics)
    {
        var seeds = Directory.Exists(options.Seeds) ? reader.ReadMarkdown(options.Seeds, Origin.Seeds, diagnostics) : [];
        var input = reader.ReadMarkdown(options.Input, Origin.Input, diagnostics);
        return [.. seeds.Concat(input).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<ParsedDocument> ParseFrontMatter(IReadOnlyList<SourceFile> files, ContentCache? cache, DiagnosticBag diagnostics)
    {
        var documents = new ParsedDocument?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var key = cache is null ? null : ContentCache.ParsedKey(files[i]);
            if (key is not null && cache!.Parsed(key) is { } known)
            {
                documents[i] = known;
                return;
            }
            var found = new List<Diagnostic>();
            documents[i] = DocumentParser.Parse(files[i], found);
            if (key is not null && found.Count == 0 && documents[i] is { } clean) cache!.AddParsed(key, clean);
            diagnostics.AddRange(found);
        });
        return documents.OfType<ParsedDocument>().ToList();
    }

    private static IReadOnlyList<LinkedPage> LinkPages(SiteIndex index, SiteUrls urls, Dictionary<string, string> bodies, ContentCache? cache, DateOnly today, DiagnosticBag diagnostics)
    {
        // One matcher over every name, shared by the linker and the citation checks: it is the costliest thing to build.
        var matcher = new MentionMatcher(index.Names);
        var linker = new MentionLinker(index, urls, matcher);
        var citer = new PageCiter(index, urls, today, matcher);
        var names = cache is null ? "" : ContentCache.NamesFingerprint(index, urls) + citer.Today.DayNumber;
        var pages = new LinkedPage[index.Entries.Count];
        Parallel.For(0, pages.Length, i =>
        {
            var entry = index.Entries[i];
            var body = bodies[entry.Document.Path];
            if (cache?.Linked(names, entry, body) is { } known)
            {
                pages[i] = known;
                return;
            }
            var found = new List<Diagnostic>();
            pages[i] = ParseAndLink(entry, body, linker, citer, found);
            if (found.Count == 0) cache?.AddLinked(names, entry, body, pages[i]);
            diagnostics.AddRange(found);
        });
        return pages;
    }

    private static LinkedPage ParseAndLink(Entry entry, string body, MentionLinker linker, PageCiter citer, List<Diagnostic> diagnostics)
    {
        if (MarkdownGuard.Find(body) is { } costly)
        {
            diagnostics.Add(Diagnostic.Error(entry.Document.Path, entry.Document.BodyLine + costly.Line - 1, costly.Column, DiagnosticCodes.MarkdownTooCostly, costly.Message));
            return new LinkedPage(entry.Index, [], [], 0);
        }
        try
        {
            var markdown = Markdown.Parse(body, MarkdownSetup.Pipeline);
            // Citations first: the linker renders the HTML, and the markers must be numbered by then.
            var citations = citer.Cite(entry, markdown, diagnostics);
            return linker.Link(entry, markdown, diagnostics) with { Citations = citations };
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against pathological nesting, raised before the stack can overflow.
            diagnostics.Add(Diagnostic.Error(entry.Document.Path, entry.Document.BodyLine, 1, DiagnosticCodes.TooDeep,
                "the Markdown is nested too deeply (quotes, lists or brackets inside each other); flatten it"));
            return new LinkedPage(entry.Index, [], [], 0);
        }
    }

    /// <summary>Warnings for content that builds but falls short: an entry nobody links to, a glossary page too thin to explain anything.</summary>
    private static void ReportEditorialWarnings(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var entry in model.Index.Entries.Where(e => e.Kind.IsGlossary()))
        {
            var path = entry.Document.Path;
            if (model.MentionsOf(entry).Count == 0)
                diagnostics.Add(Diagnostic.Warning(path, 1, 1, DiagnosticCodes.UnlinkedEntry, $"no other page mentions '{entry.Title}'; mention it somewhere or add an alias"));
            var words = model.Pages[entry.Index].WordCount;
            if (words < EditorialRules.MinimumBodyWords)
                diagnostics.Add(Diagnostic.Warning(path, entry.Document.BodyLine, 1, DiagnosticCodes.ShortBody, $"the body has {words} words; a glossary entry needs at least {EditorialRules.MinimumBodyWords}"));
        }
    }

    /// <summary>Renders each page, checks it while its DOM is at hand, and hands its bytes to the sink; keeps only its ids and deferred links.</summary>
    private static List<PageFacts> RenderCheckAndEmit(ViewBuilder views, PageRenderer renderer, SiteFiles site,
        SourceText sources, IOutputSink sink, CheckCache? cache, bool parseEveryPage, DiagnosticBag diagnostics)
    {
        var facts = new PageFacts?[views.Count];
        Parallel.For(0, views.Count, i =>
        {
            var found = new List<Diagnostic>();
            if (renderer.Render(views.Job(i), found) is { } page)
            {
                var reporter = new PageReporter(page.SitePath, page.SourcePath, sources.Lazy(page.SourcePath), found);
                facts[i] = SiteChecker.CheckPage(page, site, reporter, cache, parseEveryPage);
                if (!found.Exists(d => d.IsError)) sink.Put(new OutputFile(Routes.FileOf(page.SitePath), Utf8.GetBytes(page.Html)));
            }
            diagnostics.AddRange(found);
        });
        return [.. facts.OfType<PageFacts>().OrderBy(f => f.SitePath, StringComparer.Ordinal)];
    }
}
