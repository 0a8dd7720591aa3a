using System.Text;
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
/// <c>serve</c>'s rebuild after saves that changed only the bodies of existing pages: re-reads and re-links just those
/// files, re-renders and re-checks just the pages whose data changed (see <see cref="AffectedPages"/>), re-validates the
/// other pages' links against the new site, and writes only what changed. Anything else (a new, deleted or renamed file,
/// a front-matter or theme edit, a save the watcher could not name, any error) returns null, and the full build runs:
/// it is the reference, and this path must give the same bytes and the same diagnostics.
/// </summary>
internal sealed class IncrementalBuild(BuildOptions options, BuildSnapshot last, DateOnly today)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public BuildResult? TryRun()
    {
        var timer = new StageTimer();
        if (options.Saved is not { Count: > 0 } saved || today != last.Today || options.CheckCache is null) return null;
        var reader = new ContentReader(options.Root);
        if (ReadEdits(saved, reader) is not { } edits) return null;
        timer.Mark("read");

        var index = last.Model.Index;
        var matcher = new MentionMatcher(index.Names);
        var linker = new MentionLinker(index, last.Model.Urls, matcher);
        var citer = new PageCiter(index, last.Model.Urls, today, options.CandidateNames ? matcher : null);
        var pages = last.Model.Pages.ToArray();
        var linkDiagnostics = last.LinkDiagnostics.ToArray();
        var documents = new Dictionary<string, ParsedDocument>(last.Documents, StringComparer.Ordinal);
        foreach (var (entry, parsed) in edits)
        {
            var found = new List<Diagnostic>();
            pages[entry.Index] = SitePipeline.ParseAndLink(entry, parsed.Body, linker, citer, found);
            if (found.Exists(d => d.IsError)) return null;
            linkDiagnostics[entry.Index] = found;
            documents[entry.Document.Path] = parsed;
        }
        timer.Mark("parse+link");

        var model = last.Model.WithPages(pages, [.. edits.Select(e => e.Entry.Index)]);
        var modelDiagnostics = new DiagnosticBag();
        SitePipeline.ReportEditorialWarnings(model, modelDiagnostics);
        CitationRules.ReportUncitedReferences(model, modelDiagnostics);
        var generated = new GeneratedAssets(model, last.Generated);
        // Over the same index every generated file but the search index is the last build's (GeneratedAssets keeps them).
        if (generated.SearchPath != last.Generated.SearchPath && SearchIndexShownOutsideSearchPage()) return null;
        var views = new ViewBuilder(model, last.Theme, generated, last.Share);
        var affected = AffectedPages([.. edits.Select(e => e.Entry.Index)], model, generated);
        timer.Mark("model");

        var site = new SiteFiles(
            last.Outcomes.Select(o => o.SitePath).ToHashSet(StringComparer.Ordinal),
            last.Theme.Assets.Concat(generated.Files).Select(a => a.SitePath).Concat(last.Share.Files.Select(f => f.SitePath)).ToHashSet(StringComparer.Ordinal),
            model.Urls.BasePath);
        var renderer = last.Renderer ?? new PageRenderer(last.Theme, last.Model.Urls.Href, reader.Relative, options.RenderCache);
        if (Recheck(views, affected, site, MovedFiles(generated), renderer) is not { } outcomes) return null;
        timer.Mark("render+check");

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(last.Fixed);
        diagnostics.AddRange(last.ThemeAndShareCardDiagnostics);
        diagnostics.AddRange(linkDiagnostics.SelectMany(d => d));
        diagnostics.AddRange(modelDiagnostics.Sorted());
        diagnostics.AddRange(outcomes.SelectMany(o => o.Diagnostics));
        SiteChecker.CheckDeferredLinks([.. outcomes.Select(o => o.Facts).OrderBy(f => f.SitePath, StringComparer.Ordinal)], site, new SourceText(options.Root).Lazy, diagnostics);
        var sorted = Finished(diagnostics);
        if (sorted.Any(d => d.IsError)) return null;
        timer.Mark("check links");

        using var transaction = OutputTransaction.Begin(options.Output, reader.Relative);
        var files = Write(transaction, outcomes, model, generated);
        var written = transaction.Commit(last.FilesBefore);
        timer.Mark("commit");
        if (transaction.Problems.Count > 0)
        {
            diagnostics.AddRange(transaction.Problems);
            sorted = Finished(diagnostics);
        }
        else
        {
            options.Memory!.Keep(new BuildSnapshot(last.Generation + 1, today, documents, last.Heads, last.Fixed, last.ThemeAndShareCardDiagnostics, model,
                linkDiagnostics, last.Theme, generated, outcomes, files, last.Files, renderer));
        }
        return new BuildResult(sorted, [], outcomes.Length, model.LinkCount, timer.Elapsed) { Written = written, Timings = $"incremental, {affected.Count} of {outcomes.Length} pages re-rendered: " + timer.Report(), Model = model };
    }

    /// <summary>The snapshot a full build leaves: which pages differ from the build before it, and what the back buffer now holds.</summary>
    public static BuildSnapshot After(BuildSnapshot? previous, BuildSnapshot full)
    {
        var generation = (previous?.Generation ?? 0) + 1;
        var before = previous?.Outcomes.ToDictionary(o => o.SitePath, StringComparer.Ordinal);
        var outcomes = full.Outcomes
            .Select(o => o with { ChangedAt = before is not null && before.TryGetValue(o.SitePath, out var old) && old.Html == o.Html ? old.ChangedAt : generation })
            .ToList();
        var files = FilesOf(outcomes, full.Theme, full.Generated, full.Share);
        return full with { Generation = generation, Outcomes = outcomes, Files = files, FilesBefore = previous?.Files };
    }

    /// <summary>What is kept of a rendered and checked page; its links come from the check cache, which holds only pages that passed.</summary>
    public static PageOutcome Outcome(RenderedPage page, PageFacts facts, IReadOnlyList<Diagnostic> found, CheckCache? cache, int changedAt)
    {
        IReadOnlyList<LinkReference> links = [];
        var passed = found.Count == 0 && cache is not null && cache.TryGet(CheckCache.KeyOf(page.Html), out _, out links);
        return new PageOutcome(page.SitePath, page.SourcePath, page.Html, facts, found, passed ? links : null, changedAt);
    }

    private IReadOnlyList<Diagnostic> Finished(DiagnosticBag diagnostics) => options.Strict?.Apply(diagnostics.Sorted()) ?? diagnostics.Sorted();

    /// <summary>The saved files as edited documents, or null unless every save is an existing Markdown file whose front matter is as it was.</summary>
    private List<(Entry Entry, ParsedDocument Parsed)>? ReadEdits(IReadOnlyCollection<string> saved, ContentReader reader)
    {
        var entries = last.Model.Index.Entries.ToDictionary(e => e.Document.Path, StringComparer.Ordinal);
        var edits = new List<(Entry, ParsedDocument)>();
        foreach (var full in saved.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Origin origin;
            if (Inside(full, options.Input)) origin = Origin.Input;
            else if (Inside(full, options.Seeds)) origin = Origin.Seeds;
            else return null;
            var path = reader.Relative(full);
            var info = new FileInfo(full);
            if (!full.EndsWith(".md", StringComparison.Ordinal) || !info.Exists || info.LinkTarget is not null
                || !last.Documents.TryGetValue(path, out var old) || !entries.TryGetValue(path, out var entry))
                return null;
            var problems = new DiagnosticBag();
            var found = new List<Diagnostic>();
            if (reader.Read(full, origin, problems) is not { } file || DocumentParser.Parse(file, found) is not { } parsed || found.Count > 0) return null;
            // Diagnostics of the stages this path does not redo must not be about this file, and its front matter must be unchanged.
            if (last.Fixed.Any(d => d.Path == path) || file.Text[..^parsed.Body.Length] != last.Heads[path]) return null;
            if (parsed.Body != old.Body) edits.Add((entry, old with { Body = parsed.Body }));
        }
        return edits;
    }

    private static bool Inside(string full, string folder) => full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The pages whose view data can differ after the edited pages were re-linked: the edited pages; each entry whose
    /// "Mentioned in" list changed; each work whose "Cited in" list changed, and then the references listing; the search
    /// page when the search index changed; and every page that had diagnostics, which is rendered and checked afresh.
    /// Whether a candidate's HTML really changed is then the render cache's view-model fingerprint's call.
    /// </summary>
    private SortedSet<int> AffectedPages(IReadOnlyList<int> edited, SiteModel model, GeneratedAssets generated)
    {
        var entries = model.Index.Entries;
        var affected = new SortedSet<int>(edited);
        var citedChanged = false;
        foreach (var i in edited)
        {
            var before = last.Model.Pages[i];
            var after = model.Pages[i];
            foreach (var target in before.Mentions.Concat(after.Mentions).Select(m => m.ToEntry).Distinct())
            {
                if (!last.Model.MentionsOf(entries[target]).SequenceEqual(model.MentionsOf(entries[target]))) affected.Add(target);
            }
            foreach (var work in before.Citations.Works.Concat(after.Citations.Works).Select(w => w.Entry).Distinct())
            {
                if (last.Model.CitedBy(entries[work]).SequenceEqual(model.CitedBy(entries[work]))) continue;
                affected.Add(work);
                citedChanged = true;
            }
        }
        var listings = KindExtensions.ListedKinds.ToList();
        if (citedChanged && listings.Contains(Kind.Reference)) affected.Add(entries.Count + listings.IndexOf(Kind.Reference));
        if (generated.SearchPath != last.Generated.SearchPath) affected.Add(entries.Count + listings.Count + 1);
        for (var i = 0; i < last.Outcomes.Count; i++)
        {
            if (last.Outcomes[i].Links is null) affected.Add(i);
        }
        return affected;
    }

    /// <summary>
    /// Renders and checks the affected pages. The others keep their HTML, ids and (diagnostics-free) checks; their links
    /// are validated again only where the site's files changed under them: the only files that can come or go here are
    /// generated assets with hashed names, and a link can reach one only by naming it (or by percent-encoding).
    /// </summary>
    private PageOutcome[]? Recheck(ViewBuilder views, SortedSet<int> affected, SiteFiles site, IReadOnlyList<string> moved, PageRenderer renderer)
    {
        var sources = new SourceText(options.Root);
        var outcomes = last.Outcomes.ToArray();
        var generation = last.Generation + 1;
        Parallel.For(0, outcomes.Length, i =>
        {
            var old = last.Outcomes[i];
            if (affected.Contains(i) || !old.Links!.Any(l => l.Value.Contains('%') || moved.Any(name => l.Value.Contains(name, StringComparison.OrdinalIgnoreCase)))) return;
            var found = new List<Diagnostic>();
            var deferred = ValidateInternalLinks.Check(old.SitePath, old.Facts.Ids, old.Links!, site, new PageReporter(old.SitePath, old.SourcePath, sources.Lazy(old.SourcePath), found));
            outcomes[i] = old with { Facts = old.Facts with { DeferredLinks = deferred }, Diagnostics = found };
        });
        var failed = 0;
        Parallel.ForEach(affected, i =>
        {
            var old = last.Outcomes[i];
            var found = new List<Diagnostic>();
            if (renderer.Render(views.Job(i), found) is not { } page)
            {
                Interlocked.Exchange(ref failed, 1);
                return;
            }
            var facts = SiteChecker.CheckPage(page, site, new PageReporter(page.SitePath, page.SourcePath, sources.Lazy(page.SourcePath), found), options.CheckCache, options.ParseEveryPage);
            outcomes[i] = Outcome(page, facts, found, options.CheckCache, page.Html == old.Html ? old.ChangedAt : generation);
        });
        return failed == 0 ? outcomes : null;
    }

    /// <summary>
    /// Puts every file of the site into the back buffer. A page unchanged since before the last build is already there
    /// (the back buffer is the generation before last), so it is kept without being read.
    /// </summary>
    private HashSet<string> Write(OutputTransaction transaction, PageOutcome[] outcomes, SiteModel model, GeneratedAssets generated)
    {
        var trusted = last.FilesBefore is not null;
        Parallel.ForEach(outcomes, outcome =>
        {
            var file = Routes.FileOf(outcome.SitePath);
            if (trusted && outcome.ChangedAt < last.Generation) transaction.Keep(file);
            else transaction.Put(new OutputFile(file, Utf8.GetBytes(outcome.Html)));
        });
        foreach (var asset in last.Theme.Assets.Concat(generated.Files)) transaction.Put(new OutputFile(asset.SitePath.TrimStart('/'), asset.Bytes));
        foreach (var (path, bytes) in last.Share.Files) transaction.Put(new OutputFile(path.TrimStart('/'), bytes));
        SitePipeline.EmitSiteFiles(model, transaction);
        return FilesOf(outcomes, last.Theme, generated, last.Share);
    }

    private static HashSet<string> FilesOf(IEnumerable<PageOutcome> outcomes, Theme theme, GeneratedAssets generated, ShareImages share) =>
    [
        .. outcomes.Select(o => Routes.FileOf(o.SitePath)),
        .. theme.Assets.Concat(generated.Files).Select(a => a.SitePath.TrimStart('/')),
        .. share.Files.Select(f => f.SitePath.TrimStart('/')),
        "_redirects", "sitemap.xml", "robots.txt",
    ];

    /// <summary>The file names of assets the last build had and this one has not, or the other way round.</summary>
    private List<string> MovedFiles(GeneratedAssets generated)
    {
        var before = last.Theme.Assets.Concat(last.Generated.Files).Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        var now = last.Theme.Assets.Concat(generated.Files).Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        before.SymmetricExceptWith(now);
        return [.. before.Select(p => p[(p.LastIndexOf('/') + 1)..])];
    }

    /// <summary>Only the search layout may read the search index's hashed name; if any other template does, every page depends on the index.</summary>
    private bool SearchIndexShownOutsideSearchPage() =>
        Directory.EnumerateFiles(last.Theme.Directory, "*.sbn", SearchOption.AllDirectories)
            .Any(f => Path.GetFileName(f) != "search.sbn" && File.ReadAllText(f).Contains("search_index", StringComparison.Ordinal));
}
