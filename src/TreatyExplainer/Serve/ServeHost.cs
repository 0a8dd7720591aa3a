using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TreatyExplainer.Cli;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Serve;

/// <summary>
/// The live preview: builds the site, serves output/ on loopback, and rebuilds whenever a file under input/,
/// seeds/ or theme/ is saved. A failed build keeps the last good site served and shows its errors in the terminal
/// and over the page. The reload script is added to HTML as it is served, so it never reaches output/.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly LiveReload _live = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly string _script = LiveReload.Script();
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private int _dirty;

    private ServeHost(BuildOptions options, TextWriter log)
    {
        _options = options with { GitDates = false, CheckCache = new Checks.CheckCache(), RenderCache = new Rendering.RenderCache(), ContentCache = new ContentCache() };
        _log = log;
    }

    public string Url { get; private set; } = "";

    public BuildState State => _live.State;

    public static async Task<ServeHost> StartAsync(BuildOptions options, int port, TextWriter log)
    {
        var host = new ServeHost(options, log);
        await host.RebuildAsync();
        await host.ListenAsync(port);
        host._watcher = new SiteWatcher([options.Input, options.Seeds, options.Theme], () => _ = host.RebuildAsync());
        return host;
    }

    /// <summary>Runs a build; saves that arrive meanwhile are folded into one more build afterwards.</summary>
    public async Task RebuildAsync()
    {
        Interlocked.Exchange(ref _dirty, 1);
        if (!await _building.WaitAsync(0)) return; // the running build loops once more for this save
        try
        {
            while (Interlocked.Exchange(ref _dirty, 0) == 1) BuildOnce();
        }
        finally
        {
            _building.Release();
        }
        // A save that landed between the last check and the release would otherwise wait for the next save.
        if (Volatile.Read(ref _dirty) == 1) await RebuildAsync();
    }

    private void BuildOnce()
    {
        var result = new SitePipeline(_options).Run(OutputMode.Disk);
        DiagnosticPrinter.Print(result.Diagnostics, _log, githubActions: false);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        _log.WriteLine(errors.Count == 0
            ? $"Rebuilt {result.Pages} pages in {(long)result.Elapsed.TotalMilliseconds} ms."
            : $"Build failed with {errors.Count} error(s); still serving the last good site.");
        _live.Publish(new BuildState(_live.State.Version + 1, errors));
    }

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet(LiveReload.Prefix + "live.js", () => Results.Text(_script, "text/javascript"));
        app.MapGet(LiveReload.Prefix + "events", _live.StreamAsync);
        app.MapGet(LiveReload.Prefix + "status", () => Results.Json(new { ok = _live.State.Succeeded, version = _live.State.Version, errors = _live.State.Errors }));
        app.MapFallback(ServeFileAsync);
        try
        {
            await app.StartAsync();
        }
        catch (IOException e)
        {
            await app.DisposeAsync();
            throw new UsageException($"cannot listen on port {port}: {e.Message}; choose another with --port");
        }
        _app = app;
        Url = app.Urls.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var path = StaticFiles.Resolve(_options.Output, context.Request.Path.Value ?? "/");
        var status = StatusCodes.Status200OK;
        if (path is null || !File.Exists(path))
        {
            path = Path.Combine(_options.Output, "404.html");
            status = StatusCodes.Status404NotFound;
            if (!File.Exists(path))
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = StaticFiles.ContentType(path);
        context.Response.Headers.CacheControl = "no-store";
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            await context.Response.SendFileAsync(path);
            return;
        }
        var html = await File.ReadAllTextAsync(path);
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        html = end < 0 ? html + LiveReload.ScriptTag : html.Insert(end, LiveReload.ScriptTag + "\n");
        await context.Response.WriteAsync(html, Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _building.Dispose();
    }
}
