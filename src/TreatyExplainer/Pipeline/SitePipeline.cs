using System.Text;
using Markdig;
using TreatyExplainer.Checks;
using TreatyExplainer.Citations;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Output;
using TreatyExplainer.Rendering;
using TreatyExplainer.Sharing;
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
        // serve: a save that touches few pages rebuilds only those; anything else falls through to the full build.
        var last = mode == OutputMode.Disk ? options.Memory?.Take() : null;
        if (last is not null && new IncrementalBuild(options, last, Today).TryRun() is { } quick) return quick;
        var timer = new StageTimer();
        var diagnostics = new DiagnosticBag();
        var urls = SiteUrls.TryCreate(options.BaseUrl) ?? throw new ArgumentException($"invalid base URL '{options.BaseUrl}'");
        var reader = new ContentReader(options.Root);
        var sources = new SourceText(options.Root);

        // git runs in its own process; let it work while the content is read and linked.
        var history = options.GitDates ? Task.Run(() => GitHistory.LastChanged(options.Root, [options.Input, options.Seeds])) : Task.FromResult<IReadOnlyDictionary<string, DateOnly>>(new Dictionary<string, DateOnly>());
        var linked = ReadAndLink(reader, urls, diagnostics, timer);
        var (index, pages) = (linked.Index, linked.Pages);
        var model = SiteModel.Build(index, urls, pages, history.GetAwaiter().GetResult());
        ReportEditorialWarnings(model, diagnostics);
        CitationRules.ReportUncitedReferences(model, diagnostics);
        var themeDiagnostics = new DiagnosticBag();
        var theme = Theme.Load(options.Theme, reader.Relative, themeDiagnostics);
        diagnostics.AddRange(themeDiagnostics.Sorted());
        var generated = new GeneratedAssets(model);
        timer.Mark("model");
        var shareDiagnostics = new DiagnosticBag();
        var share = ShareCards(model, generated, urls, shareDiagnostics);
        diagnostics.AddRange(shareDiagnostics.Sorted());
        timer.Mark("share images");

        var memory = mode == OutputMode.Memory ? new MemorySink() : null;
        using var transaction = mode == OutputMode.Disk && !diagnostics.HasErrors ? OutputTransaction.Begin(options.Output, reader.Relative) : null;
        IOutputSink sink = (IOutputSink?)transaction ?? (IOutputSink?)memory ?? new NullSink();
        var site = new SiteFiles(
            ViewBuilder.PagePaths(model).ToHashSet(StringComparer.Ordinal),
            theme.Assets.Concat(generated.Files).Select(a => a.SitePath).Concat(share.Files.Select(f => f.SitePath)).ToHashSet(StringComparer.Ordinal),
            urls.BasePath);
        var renderer = new PageRenderer(theme, model.Urls.Href, reader.Relative, options.RenderCache);
        var outcomes = options.Memory is null ? null : new PageOutcome?[new ViewBuilder(model, theme, generated, share).Count];
        var facts = RenderCheckAndEmit(new ViewBuilder(model, theme, generated, share), renderer, site, sources, sink, options.CheckCache, options.ParseEveryPage, diagnostics, outcomes);
        renderer.TrimCache();
        foreach (var asset in theme.Assets.Concat(generated.Files)) sink.Put(new OutputFile(asset.SitePath.TrimStart('/'), asset.Bytes));
        foreach (var (path, bytes) in share.Files) sink.Put(new OutputFile(path.TrimStart('/'), bytes));
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
        var result = new BuildResult(sorted, succeeded && memory is not null ? memory.Files : [], facts.Count, model.LinkCount, timer.Elapsed)
        {
            Written = written,
            Timings = timer.Report(),
            Model = model,
        };
        if (succeeded && transaction is not null && outcomes is not null && options.CheckCache is not null)
        {
            var documents = linked.Parsed.ToDictionary(p => p.Document.Path, StringComparer.Ordinal);
            options.Memory!.Keep(IncrementalBuild.After(last, new BuildSnapshot(0, Today, documents, linked.Heads, linked.Fixed, [.. themeDiagnostics.Sorted(), .. shareDiagnostics.Sorted()], model,
                linked.LinkDiagnostics, theme, generated, [.. outcomes.Select(o => o!)], new HashSet<string>(), null, renderer) { Share = share }));
        }
        return result;
    }

    /// <summary>
    /// The og:image cards, which must be absolute URLs: without an address to put before them (and canonical links,
    /// og:url and the sitemap need one too) there are none, and one warning says why.
    /// </summary>
    private ShareImages ShareCards(SiteModel model, GeneratedAssets generated, SiteUrls urls, DiagnosticBag diagnostics)
    {
        if (!urls.IsAbsolute)
        {
            diagnostics.Add(Diagnostic.Warning("input/index.md", 1, 1, DiagnosticCodes.NoBaseUrl,
                "the site has no base URL with a host, so pages have no canonical link, og:url or og:image, and there is no sitemap.xml; " +
                "build with --base-url https://<the site's address>/ (Netlify's build passes its own)"));
            return ShareImages.None;
        }
        var islands = generated.Places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return ShareImages.Make(model, generated.Map, islands, ViewBuilder.SiteTitle, options.Theme, options.Output, diagnostics);
    }

    /// <summary>Every diagnostic, sorted, with warnings outside the strict baseline turned into errors.</summary>
    private IReadOnlyList<Diagnostic> Finished(DiagnosticBag diagnostics) => options.Strict?.Apply(diagnostics.Sorted()) ?? diagnostics.Sorted();

    /// <summary>
    /// The stages up to linking. Texts and Markdown bodies live only inside this method, so they are garbage by the time
    /// pages render, unless <c>serve</c> keeps them for its next incremental build.
    /// </summary>
    private LinkedSite ReadAndLink(ContentReader reader, SiteUrls urls, DiagnosticBag diagnostics, StageTimer timer)
    {
        var files = Read(reader, diagnostics);
        timer.Mark("read");
        var parsed = ParseFrontMatter(files, options.ContentCache, diagnostics);
        options.ContentCache?.Trim(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        timer.Mark("front matter");
        var index = SiteIndex.Build([.. parsed.Select(p => p.Document)], diagnostics, options.AutoLink);
        CitationRules.CheckPrimaryReferences(index, urls, diagnostics);
        InfoboxRules.Check(index, urls, diagnostics);
        timer.Mark("index");
        var fixedDiagnostics = options.Memory is null ? [] : diagnostics.Sorted();
        var bodies = parsed.ToDictionary(p => p.Document.Path, p => p.Body, StringComparer.Ordinal);
        var linkDiagnostics = new IReadOnlyList<Diagnostic>[index.Entries.Count];
        var pages = LinkPages(index, urls, bodies, options.ContentCache, Today, options.CandidateNames, diagnostics, linkDiagnostics);
        timer.Mark("parse+link");
        var heads = options.Memory is null ? new Dictionary<string, string>() : HeadsOf(files, parsed);
        return new LinkedSite(index, pages, options.Memory is null ? [] : parsed, heads, fixedDiagnostics, linkDiagnostics);
    }

    /// <summary>Each parsed file's text before its body, so <c>serve</c> can tell an edit that left the front matter alone.</summary>
    private static Dictionary<string, string> HeadsOf(IReadOnlyList<SourceFile> files, IReadOnlyList<ParsedDocument> parsed)
    {
        var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        return parsed.ToDictionary(p => p.Document.Path, p => texts[p.Document.Path][..^p.Body.Length], StringComparer.Ordinal);
    }

    /// <summary>The files for hosts and crawlers: redirects for every alias, the sitemap, robots.txt.</summary>
    internal static void EmitSiteFiles(SiteModel model, IOutputSink sink)
    {
        sink.Put(new OutputFile("_redirects", Utf8.GetBytes(Redirects.Render(Redirects.For(model.Index), model.Urls))));
        var pages = model.Index.Entries.Select(e => (e.Path, model.LastUpdated(e)))
            .Concat(KindExtensions.ListedKinds.Select(k => (Routes.ListingPath(k), (DateOnly?)null)));
        // A sitemap of relative URLs is invalid: without a host there is none (the build has warned once).
        if (model.Urls.IsAbsolute) sink.Put(new OutputFile("sitemap.xml", Utf8.GetBytes(Sitemap.Render(pages, model.Urls))));
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

    private static IReadOnlyList<LinkedPage> LinkPages(SiteIndex index, SiteUrls urls, Dictionary<string, string> bodies, ContentCache? cache, DateOnly today,
        bool candidateNames, DiagnosticBag diagnostics, IReadOnlyList<Diagnostic>[] found)
    {
        // One matcher over every name, shared by the linker and the citation checks: it is the costliest thing to build.
        var matcher = new MentionMatcher(index.Names);
        var linker = new MentionLinker(index, urls, matcher);
        var citer = new PageCiter(index, urls, today, candidateNames ? matcher : null);
        var names = cache is null ? "" : ContentCache.NamesFingerprint(index, urls) + citer.Today.DayNumber + (candidateNames ? "+names" : "");
        var pages = new LinkedPage[index.Entries.Count];
        Parallel.For(0, pages.Length, i =>
        {
            var entry = index.Entries[i];
            var body = bodies[entry.Document.Path];
            found[i] = [];
            if (cache?.Linked(names, entry, body) is { } known)
            {
                pages[i] = known;
                return;
            }
            var problems = new List<Diagnostic>();
            pages[i] = ParseAndLink(entry, body, linker, citer, problems);
            if (problems.Count == 0) cache?.AddLinked(names, entry, body, pages[i]);
            found[i] = problems;
            diagnostics.AddRange(problems);
        });
        return pages;
    }

    internal static LinkedPage ParseAndLink(Entry entry, string body, MentionLinker linker, PageCiter citer, List<Diagnostic> diagnostics)
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
    internal static void ReportEditorialWarnings(SiteModel model, DiagnosticBag diagnostics)
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
        SourceText sources, IOutputSink sink, CheckCache? cache, bool parseEveryPage, DiagnosticBag diagnostics, PageOutcome?[]? outcomes)
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
                if (outcomes is not null) outcomes[i] = IncrementalBuild.Outcome(page, facts[i]!, found, cache, changedAt: 0);
            }
            diagnostics.AddRange(found);
        });
        return [.. facts.OfType<PageFacts>().OrderBy(f => f.SitePath, StringComparer.Ordinal)];
    }
}
