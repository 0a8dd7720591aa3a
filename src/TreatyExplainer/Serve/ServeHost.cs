using System.Runtime;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Serve;

/// <summary>
/// The live preview: builds the site, serves output/ on 127.0.0.1 to requests that name a loopback host, with the
/// headers netlify.toml gives production, and rebuilds whenever a file under input/, seeds/ or theme/ is saved. A failed
/// or crashed build keeps the last good site served and shows its errors in the terminal and over the page.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly NetlifyHeaders _headers;
    private readonly LiveReload _live = new();
    private readonly Rebuilder _rebuilder;
    private readonly string _script = LiveReload.Script();
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private int _port;

    private ServeHost(BuildOptions options, TextWriter log, NetlifyHeaders headers, Func<BuildOptions, BuildResult> build)
    {
        _options = options with { GitDates = false, CheckCache = new Checks.CheckCache(), RenderCache = new Rendering.RenderCache(), ContentCache = new ContentCache(), Memory = new BuildMemory() };
        _headers = headers;
        _rebuilder = new Rebuilder(_options, build, log, _live);
    }

    public string Url { get; private set; } = "";

    public BuildState State => _live.State;

    /// <summary>Builds, listens on 127.0.0.1 at the port (0 for any free one), and watches. Throws IOException when the port is taken.</summary>
    public static Task<ServeHost> StartAsync(BuildOptions options, int port, TextWriter log) =>
        StartAsync(options, port, log, o => new SitePipeline(o).Run(OutputMode.Disk));

    /// <summary>As above with another build; tests use it to make a build crash, which the real one does only through a bug.</summary>
    internal static async Task<ServeHost> StartAsync(BuildOptions options, int port, TextWriter log, Func<BuildOptions, BuildResult> build)
    {
        var problems = new List<Diagnostic>();
        var headers = NetlifyHeaders.Load(options.Root, problems);
        DiagnosticPrinter.Print(problems, log, githubActions: false);
        var host = new ServeHost(options, log, headers, build);
        // An editor waits on every rebuild: collect the large heap serve keeps in the background rather than in a
        // blocking pause in the middle of a rebuild.
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        await host.RebuildAsync();
        try
        {
            await host.ListenAsync(port);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        host._watcher = new SiteWatcher([options.Input, options.Seeds, options.Theme], saved =>
        {
            host._rebuilder.Saved(saved);
            _ = host.RebuildAsync();
        });
        return host;
    }

    /// <summary>Runs a build; saves that arrive meanwhile are folded into one more build afterwards.</summary>
    public Task RebuildAsync() => _rebuilder.RunAsync();

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        // 127.0.0.1 only: the preview shows drafts, and nothing but this machine may read them.
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Use(GuardAndHeadersAsync);
        app.MapGet(LiveReload.Prefix + "live.js", () => Results.Text(_script, "text/javascript; charset=utf-8"));
        app.MapGet(LiveReload.Prefix + "events", _live.StreamAsync);
        app.MapGet(LiveReload.Prefix + "status", () => Results.Json(new { ok = _live.State.Succeeded, version = _live.State.Version, errors = _live.State.Errors }));
        // Every path, files with extensions included: the default fallback pattern leaves those out.
        app.MapFallback("{*path}", new SiteResponder(_options.Output).RespondAsync);
        await app.StartAsync();
        _app = app;
        _port = new Uri(app.Urls.First()).Port;
        Url = $"http://localhost:{_port}/";
    }

    /// <summary>Refuses requests for any other host name (DNS rebinding); sends netlify.toml's headers on the rest.</summary>
    private async Task GuardAndHeadersAsync(HttpContext context, RequestDelegate next)
    {
        if (!LoopbackHosts.Allows(context.Request.Host, _port))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"This preview answers only http://localhost:{_port}/ and http://127.0.0.1:{_port}/.\n");
            return;
        }
        foreach (var (name, value) in _headers.For(context.Request.Path.Value ?? "/")) context.Response.Headers[name] = value;
        // Netlify caches hashed assets for a year; a preview must show every save at once, so it caches nothing.
        context.Response.Headers.CacheControl = "no-store";
        await next(context);
    }

    public async ValueTask DisposeAsync()
    {
        _rebuilder.Stop();
        _watcher?.Dispose();
        _live.Stop();
        if (_app is null) return;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
