using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Serve;

/// <summary>
/// Runs one build at a time; saves that land meanwhile are folded into one more build. A build that throws is a bug in
/// the generator: it is reported in the terminal and over the page like failed content, and the last good site stays
/// served, because the build never swapped it out.
/// </summary>
internal sealed class Rebuilder(BuildOptions options, Func<BuildOptions, BuildResult> build, TextWriter log, LiveReload live)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _lock = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private int _dirty;
    private volatile bool _stopped;

    /// <summary>Files saved since the last build, so a stylesheet-only edit can be swapped in without a reload.</summary>
    public void Saved(IEnumerable<string> paths)
    {
        lock (_lock) _changed.UnionWith(paths);
    }

    public async Task RunAsync()
    {
        Interlocked.Exchange(ref _dirty, 1);
        if (!await _building.WaitAsync(0)) return; // the running build loops once more for this save
        try
        {
            while (!_stopped && Interlocked.Exchange(ref _dirty, 0) == 1) BuildOnce(TakeSaved());
        }
        finally
        {
            _building.Release();
        }
        // A save that landed between the last check and the release would otherwise wait for the next save.
        if (!_stopped && Volatile.Read(ref _dirty) == 1) await RunAsync();
    }

    /// <summary>Starts no further build; one already running finishes on its own, and its swap is atomic.</summary>
    public void Stop() => _stopped = true;

    private HashSet<string> TakeSaved()
    {
        lock (_lock)
        {
            var saved = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return saved;
        }
    }

    private void BuildOnce(IReadOnlyCollection<string> saved)
    {
        var previous = live.State;
        try
        {
            // The saved paths let the build redo only what they touch; an empty set (the first build) means a full one.
            var result = build(options with { Saved = saved.Count > 0 ? saved : null });
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            var styles = errors.Count == 0 && previous.Succeeded && OnlyStylesheets(saved) ? Stylesheets() : [];
            // Tabs hear first: the new files are in place, and a large site's warnings take a while to print.
            live.Publish(new BuildState(previous.Version + 1, errors) { Stylesheets = styles });
            DiagnosticPrinter.Print(result.Diagnostics, log, githubActions: false);
            log.WriteLine(errors.Count == 0
                ? $"Rebuilt {result.Pages} pages in {(long)result.Elapsed.TotalMilliseconds} ms."
                : $"Build failed with {errors.Count} error(s); still serving the last good site.");
            if (Environment.GetEnvironmentVariable("TREATYEXPLAINER_TIMINGS") == "1") log.WriteLine("timings: " + result.Timings);
            // Each rebuild drops its large files (the search index is 40 MB at 10,000 pages). Collected in the background
            // now, while the editor reads the page, their memory is free for the next rebuild, which would otherwise
            // take fresh pages from the system and fault on every one of them.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        }
        catch (Exception e)
        {
            var message = $"internal error: {e.GetBaseException().Message}";
            log.WriteLine(message);
            log.WriteLine("This is a bug in TreatyExplainer, not in your content; still serving the last good site.");
            if (Environment.GetEnvironmentVariable("TREATYEXPLAINER_DEBUG") == "1") log.WriteLine(e);
            live.Publish(new BuildState(previous.Version + 1, [message + " (a bug in TreatyExplainer, not in your content; the last good site is shown)"]));
        }
    }

    private bool OnlyStylesheets(IReadOnlyCollection<string> saved)
    {
        var assets = Path.Combine(options.Theme, "assets") + Path.DirectorySeparatorChar;
        return saved.Count > 0 && saved.All(p => p.StartsWith(assets, StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
    }

    private List<string> Stylesheets()
    {
        var folder = Path.Combine(options.Output, "assets");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.css").Select(f => "/assets/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
    }
}
