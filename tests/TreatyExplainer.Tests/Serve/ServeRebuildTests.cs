using System.Text.Json;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary>What a save tells the open tabs, and how serve lives through a build that crashes.</summary>
public sealed class ServeRebuildTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CrashingRebuildIsReportedAndTheLastGoodSiteStaysServed()
    {
        using var site = new TempSite().WithHome("Good text.");
        var log = new StringWriter();
        var crash = false;
        BuildResult Build(BuildOptions options) =>
            Volatile.Read(ref crash) ? throw new InvalidOperationException("the renderer fell over") : new SitePipeline(options).Run(OutputMode.Disk);
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), 0, TextWriter.Synchronized(log), Build);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        Volatile.Write(ref crash, true);
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nNew text.\n");
        Assert.True(await Poll.Until(async () => !host.State.Succeeded), "the crash was not reported within 2 s");

        var status = JsonDocument.Parse(await http.GetStringAsync("/__treatyexplainer/status", Cancel)).RootElement;
        Assert.False(status.GetProperty("ok").GetBoolean());
        Assert.StartsWith("internal error: the renderer fell over", status.GetProperty("errors")[0].GetString());
        Assert.Contains("internal error: the renderer fell over", log.ToString());
        Assert.Contains("Good text.", await http.GetStringAsync("/", Cancel));
        Assert.Contains("the renderer fell over", await FirstEvent(http));

        Volatile.Write(ref crash, false);
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nFixed text.\n");
        // The new files are in place a moment before the build reports success, so wait for both.
        Assert.True(await Poll.Until(async () => host.State.Succeeded && (await http.GetStringAsync("/")).Contains("Fixed text.")),
            "serve did not build again and report success after the crash");
    }

    [Fact]
    public async Task StylesheetOnlySaveTellsTabsTheNewStylesheetInsteadOfReloading()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        var before = host.State.Version;

        File.AppendAllText(Path.Combine(site.Root, "theme", "assets", "site.css"), "\nbody { outline: 1px solid red; }\n");
        Assert.True(await Poll.Until(async () => host.State.Version > before && host.State.Stylesheets.Count > 0), "the stylesheet save was not announced");

        var href = Assert.Single(host.State.Stylesheets, s => s.StartsWith("/assets/site.", StringComparison.Ordinal));
        Assert.Contains("outline: 1px solid red", site.ReadOutput(href.TrimStart('/')));
        Assert.Contains(href, site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task ContentSaveReloadsTheWholePage()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        var before = host.State.Version;

        File.AppendAllText(Path.Combine(site.Root, "theme", "assets", "site.css"), "\nbody { outline: 1px solid red; }\n");
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nOther text.\n");
        Assert.True(await Poll.Until(async () => host.State.Version > before && site.ReadOutput("index.html").Contains("Other text.")), "the save did not rebuild");

        Assert.True(host.State.Succeeded);
        Assert.Empty(host.State.Stylesheets);
    }

    /// <summary>The first server-sent event a newly opened tab receives.</summary>
    private static async Task<string> FirstEvent(HttpClient http)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        using var response = await http.GetAsync("/__treatyexplainer/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { Length: > 0 } line) lines.Add(line);
        return string.Join('\n', lines);
    }
}
