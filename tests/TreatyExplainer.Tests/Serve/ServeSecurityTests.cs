using System.Net;
using Tomlyn;
using Tomlyn.Model;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary>The preview answers only its own loopback names, and sends the headers production sends.</summary>
public sealed class ServeSecurityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/__treatyexplainer/status")]
    [InlineData("/__treatyexplainer/live.js")]
    [InlineData("/assets/no-such-file.css")]
    public async Task RequestNamingAnotherHostIsRefused(string path)
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };

        foreach (var name in new[] { "attacker.example", "attacker.example:" + new Uri(host.Url).Port, "localhost.attacker.example", "127.0.0.1:1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = name;
            using var response = await http.SendAsync(request, Cancel);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.MisdirectedRequest, $"Host {name} on {path} got {(int)response.StatusCode}");
            Assert.DoesNotContain("Welcome", await response.Content.ReadAsStringAsync(Cancel));
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task RequestNamingLoopbackWithTheServersPortIsServed(string name)
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{name}:{new Uri(host.Url).Port}";

        using var response = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ListensOnIpv4LoopbackOnly()
    {
        using var site = new TempSite().WithHome();
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        var port = new Uri(host.Url).Port;
        var outward = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Where(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).ToList();

        foreach (var address in outward)
        {
            using var client = new System.Net.Sockets.TcpClient();
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(address, port, Cancel).AsTask());
        }
        Assert.StartsWith("http://localhost:", host.Url);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search/")]
    [InlineData("/no/such/page/")]
    [InlineData("/__treatyexplainer/live.js")]
    public async Task SendsTheSecurityHeadersNetlifyTomlSetsForEveryPath(string path)
    {
        using var site = new TempSite().WithHome();
        File.Copy(Path.Combine(Repo.Root, "netlify.toml"), Path.Combine(site.Root, "netlify.toml"));
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")))!;
        var everywhere = ((TomlTableArray)config["headers"]).Single(h => (string)h["for"] == "/*");

        using var response = await http.GetAsync(path, Cancel);

        var values = (TomlTable)everywhere["values"];
        Assert.NotEmpty(values);
        foreach (var (name, value) in values)
            Assert.Equal((string)value, Assert.Single(response.Headers.GetValues(name)));
    }

    [Fact]
    public async Task PreviewIsNeverCachedSoASaveShowsAtOnce()
    {
        using var site = new TempSite().WithHome();
        File.Copy(Path.Combine(Repo.Root, "netlify.toml"), Path.Combine(site.Root, "netlify.toml"));
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        var css = "/" + Path.GetRelativePath(site.Output, Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single());

        foreach (var path in new[] { "/", css })
        {
            using var response = await http.GetAsync(path, Cancel);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }
}
