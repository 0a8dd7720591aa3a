using System.Text.Json;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

public sealed class ServeHostTests
{
    [Fact]
    public async Task ServesRebuildsOnSaveAndKeepsTheLastGoodSiteWhenAnEditBreaksIt()
    {
        using var site = new TempSite().WithHome("First text.");
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        var first = await http.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("First text.", first);
        Assert.Contains(LiveReload.ScriptTag, first);
        Assert.DoesNotContain("live.js", site.ReadOutput("index.html"));

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nSecond text.\n");
        Assert.True(await Poll.Until(async () => (await http.GetStringAsync("/")).Contains("Second text.")), "the edit did not show within 2 s");

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\ncolour: red\n---\nThird text.\n");
        Assert.True(await Poll.Until(async () => !(await Status(http)).GetProperty("ok").GetBoolean()), "the broken edit was not reported within 2 s");

        var errors = (await Status(http)).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.StartsWith("input/index.md:4:1: error TE004", StringComparison.Ordinal));
        Assert.Contains("Second text.", await http.GetStringAsync("/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnknownAddressGetsThe404PageAndTraversalIsRefused()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        var missing = await http.GetAsync("/no/such/page/", TestContext.Current.CancellationToken);
        var traversal = await http.GetAsync("/%2e%2e/%2e%2e/etc/passwd", TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(404, (int)traversal.StatusCode);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/islands/iturup/", "islands/iturup/index.html")]
    [InlineData("/islands/iturup", "islands/iturup/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void MapsRequestPathsToFiles(string request, string file)
    {
        var folder = Path.Combine(Path.GetTempPath(), "te-static-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "islands", "iturup"));
        try
        {
            Assert.Equal(Path.Combine(folder, file), StaticFiles.Resolve(folder, request));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonElement> Status(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync("/__treatyexplainer/status")).RootElement;
}
