using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TreatyExplainer.Serve;

/// <summary>
/// Server-sent events to every open tab: "reload" after a good build, "css" with the new stylesheet hrefs when only
/// stylesheets changed, "failed" with the error lines after a bad one.
/// </summary>
public sealed class LiveReload
{
    public const string Prefix = "/__treatyexplainer/";
    public const string ScriptTag = "<script src=\"/__treatyexplainer/live.js\" defer></script>";

    private readonly Lock _lock = new();
    private BuildState _state = new(0, []);
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource<BuildState> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BuildState State
    {
        get { lock (_lock) return _state; }
    }

    public void Publish(BuildState state)
    {
        TaskCompletionSource<BuildState> done;
        lock (_lock)
        {
            _state = state;
            done = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult(state);
    }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        // Streams end when the server stops, not only when the tab closes: an open stream would hold shutdown up.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var aborted = linked.Token;
        if (!State.Succeeded) await SendAsync(context, State, aborted);
        await context.Response.Body.FlushAsync(aborted);
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                Task<BuildState> next;
                lock (_lock) next = _next.Task;
                await SendAsync(context, await next.WaitAsync(aborted), aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed, or the server is stopping.
        }
    }

    /// <summary>Ends every open stream.</summary>
    public void Stop() => _stopping.Cancel();

    private static async Task SendAsync(HttpContext context, BuildState state, CancellationToken aborted)
    {
        var message = state switch
        {
            { Succeeded: false } => $"event: failed\ndata: {JsonSerializer.Serialize(state.Errors)}\n\n",
            { Stylesheets.Count: > 0 } => $"event: css\ndata: {JsonSerializer.Serialize(state.Stylesheets)}\n\n",
            _ => "event: reload\ndata: {}\n\n",
        };
        await context.Response.WriteAsync(message, aborted);
        await context.Response.Body.FlushAsync(aborted);
    }

    public static string Script()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("live.js")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
