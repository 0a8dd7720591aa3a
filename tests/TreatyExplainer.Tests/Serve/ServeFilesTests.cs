using System.Net;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary>Every file of the built site comes through <c>serve</c> as Netlify would send it.</summary>
public sealed class ServeFilesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(".css", "text/css; charset=utf-8")]
    [InlineData(".js", "text/javascript; charset=utf-8")]
    [InlineData(".json", "application/json; charset=utf-8")]
    [InlineData(".svg", "image/svg+xml")]
    [InlineData(".xml", "application/xml; charset=utf-8")]
    [InlineData(".txt", "text/plain; charset=utf-8")]
    [InlineData(".html", "text/html; charset=utf-8")]
    public async Task ServesEveryBuiltFileOfAKindWithItsBytesAndContentType(string extension, string contentType)
    {
        using var site = new TempSite().WithHome();
        // With a host, so the build writes sitemap.xml (a site without one has none).
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root, baseUrl: "https://treaty.example/"), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        var files = Directory.EnumerateFiles(site.Output, "*" + extension, SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var path = "/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            using var response = await http.GetAsync(path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
            if (extension != ".html") Assert.Equal(await File.ReadAllBytesAsync(file, Cancel), await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Theory]
    [InlineData("/no/such/page/")]
    [InlineData("/assets/missing.0123456789.css")]
    [InlineData("/missing.txt")]
    public async Task UnknownPathsGetTheSites404PageWithStatus404(string path)
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        using var response = await http.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task FolderWithoutTrailingSlashRedirectsToTheFolderLikeNetlify()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.Url) };

        using var response = await http.GetAsync("/search?q=kuril", Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search/?q=kuril", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/etorofu/")]
    [InlineData("/etorofu")]
    public async Task AliasShortUrlFromRedirectsSendsTheReaderToItsEntryLikeNetlify(string path)
    {
        using var site = new TempSite().WithHome("Etorofu is an island.");
        site.Write("input/islands/iturup.md", Entries.Island("Iturup", aliases: "[Etorofu]"));
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.Url) };

        using var response = await http.GetAsync(path, Cancel);

        Assert.True(host.State.Succeeded, string.Join("\n", host.State.Errors));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/islands/iturup/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task NetlifysOwnFilesAreNotServed()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        Assert.True(File.Exists(Path.Combine(site.Output, "_redirects")));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/_redirects", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/.treatyexplainer-output", Cancel)).StatusCode);
    }
}
