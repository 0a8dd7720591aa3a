using Microsoft.Playwright;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// The real <c>serve</c> host on a free loopback port, over a temporary copy of the real site's input/, seeds/, theme/
/// and netlify.toml, so the tests can edit files as an editor would; and a headless Chromium of its own.
/// </summary>
public sealed class ServeFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _skipReason;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "te-serve-" + Guid.NewGuid().ToString("N")[..10]);

    public ServeHost? Host { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var repo = Repo.Root;
        foreach (var folder in new[] { "input", "seeds", "theme" }) CopyFolder(Path.Combine(repo, folder), Path.Combine(Root, folder));
        File.Copy(Path.Combine(repo, NetlifyHeaders.FileName), Path.Combine(Root, NetlifyHeaders.FileName));
        Host = await ServeHost.StartAsync(BuildOptions.Resolve(Root), port: 0, TextWriter.Null);
        if (!Host.State.Succeeded) throw new InvalidOperationException("the real site does not build:\n" + string.Join("\n", Host.State.Errors));

        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            _skipReason = "no Chromium found at " + string.Join(", ", ChromiumPaths) + "; install Debian's chromium package";
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(_skipReason + " (CI=true: browser tests must run)");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page through serve, recording console errors, uncaught errors, failed requests and error statuses.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string path)
    {
        if (_browser is null) Assert.Skip(_skipReason ?? "no browser");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host!.Url, ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Add($"console error on {path}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add($"uncaught error on {path}: {error}");
        // The event stream is cut by every reload the tests cause; that is the one request allowed to end early.
        page.RequestFailed += (_, request) =>
        {
            if (!request.Url.EndsWith(LiveReload.Prefix + "events", StringComparison.Ordinal)) problems.Add($"request failed on {path}: {request.Url} {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) problems.Add($"HTTP {response.Status} on {path}: {response.Url}");
        };
        await page.GotoLoadedAsync(path);
        return (page, problems);
    }

    /// <summary>
    /// Saves an edit to a file under the copy as an editor would, runs the check, then puts the file back and waits
    /// until serve has built it again, so the next test starts from the real site.
    /// </summary>
    public async Task WhileSavedAsync(string relativePath, Func<string, string> edit, Func<Task> check)
    {
        var path = Path.Combine(Root, relativePath);
        var before = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, edit(before));
        try
        {
            await check();
        }
        finally
        {
            var version = Host!.State.Version;
            await File.WriteAllTextAsync(path, before);
            for (var waited = 0; waited < 200 && !(Host.State.Version > version && Host.State.Succeeded); waited++) await Task.Delay(50);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }


    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
