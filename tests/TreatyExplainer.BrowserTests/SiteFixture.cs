using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;

[assembly: AssemblyFixture(typeof(TreatyExplainer.BrowserTests.SiteFixture))]

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// The real site, built once into a temporary folder and served on loopback as Netlify would serve it, and a
/// headless Chromium from the system to read it with. Without Chromium the tests skip, unless CI=true.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private WebApplication? _server;
    private IPlaywright? _playwright;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "te-browser-" + Guid.NewGuid().ToString("N")[..10]);

    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var root = Repo.Root;
        var site = new SitePipeline(BuildOptions.Resolve(root) with { GitDates = false }).Run(OutputMode.Memory);
        if (!site.Succeeded) throw new InvalidOperationException("the real site does not build:\n" + string.Join("\n", site.Diagnostics));
        foreach (var file in site.Files)
        {
            var path = Path.Combine(Folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Bytes);
        }
        await StartServerAsync();

        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            SkipReason = "no Chromium found at " + string.Join(", ", ChromiumPaths) + "; install Debian's chromium package";
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(SkipReason + " (CI=true: browser tests must run)");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page in a fresh context, recording console errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light, int width = 1200)
    {
        if (Browser is null) Assert.Skip(SkipReason ?? "no browser");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            BaseURL = BaseUrl,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Add($"console error on {path}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add($"uncaught error on {path}: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed on {path}: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/404.html", StringComparison.Ordinal))
                problems.Add($"HTTP {response.Status} on {path}: {response.Url}");
        };
        await page.GotoLoadedAsync(path);
        return (page, problems);
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        // Compressed as the host (Netlify) sends it, so Lighthouse's simulated phone network sees the bytes a reader gets.
        builder.Services.AddResponseCompression(o => o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"]);
        var app = builder.Build();
        app.UseResponseCompression();
        app.Run(async context =>
        {
            var file = StaticFiles.Resolve(Folder, context.Request.Path.Value ?? "/");
            if (file is null || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                file = Path.Combine(Folder, "404.html");
            }
            context.Response.ContentType = StaticFiles.ContentType(file);
            await context.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        _server = app;
        BaseUrl = app.Urls.First();
    }


    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
