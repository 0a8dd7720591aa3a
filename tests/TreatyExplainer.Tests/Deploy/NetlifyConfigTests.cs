using Tomlyn;
using Tomlyn.Model;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Deploy;

/// <summary>netlify.toml parses, publishes what the build writes, and its headers cover what the site serves.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")))!;

    private static IEnumerable<(string For, TomlTable Values)> Headers =>
        ((TomlTableArray)Config["headers"]).Select(h => ((string)h["for"], (TomlTable)h["values"]));

    [Fact]
    public void PublishesTheBuildOutput()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash .ci/netlify-build", build["command"]);
        Assert.True(File.Exists(Path.Combine(Repo.Root, ".ci", "netlify-build")));
    }

    [Fact]
    public void BuildScriptRunsTheReadmeBuildCommandWithTheDeployUrl()
    {
        var script = File.ReadAllText(Path.Combine(Repo.Root, ".ci", "netlify-build"));
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

        Assert.Contains("dotnet run --project src/TreatyExplainer -- build", readme);
        Assert.Contains("dotnet run --project src/TreatyExplainer -c Release -- build --base-url \"$base_url\"", script);
        Assert.Contains("DEPLOY_PRIME_URL", script);
        Assert.Contains("dotnet-install.sh", script);
    }

    [Fact]
    public void HashedAssetsAreCachedForeverAndPagesRevalidate()
    {
        var cache = Headers.Where(h => h.Values.ContainsKey("Cache-Control")).ToDictionary(h => h.For, h => (string)h.Values["Cache-Control"]);
        var site = new TreatyExplainer.Pipeline.SitePipeline(TreatyExplainer.Pipeline.BuildOptions.Resolve(Repo.Root) with { GitDates = false }).Run(write: false);
        var assets = site.Files.Select(f => f.RelativePath).Where(p => p.StartsWith("assets/", StringComparison.Ordinal)).ToList();

        Assert.Contains("immutable", cache["/assets/*"]);
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Matches(@"^assets/[a-z0-9-]+\.[0-9a-f]{10}\.[a-z0-9]+$", a));
        Assert.Contains("must-revalidate", cache["/*/"]);
        Assert.Contains("must-revalidate", cache["/"]);
        Assert.DoesNotContain(cache, c => c.Key == "/*");
    }

    [Fact]
    public void SecurityHeadersAllowNoInlineScriptAndNoOtherHost()
    {
        var values = Headers.Single(h => h.For == "/*").Values;
        var csp = (string)values["Content-Security-Policy"];

        Assert.StartsWith("default-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Equal("nosniff", values["X-Content-Type-Options"]);
        Assert.True(values.ContainsKey("Referrer-Policy"));
        Assert.True(values.ContainsKey("Permissions-Policy"));
    }

    [Fact]
    public void NoPageHasAnInlineScriptOrStyleAttribute()
    {
        var site = new TreatyExplainer.Pipeline.SitePipeline(TreatyExplainer.Pipeline.BuildOptions.Resolve(Repo.Root) with { GitDates = false }).Run(write: false);
        foreach (var file in site.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"inline script in {file.RelativePath}"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void CachePluginKeepsTheSdkBetweenBuilds()
    {
        var plugin = ((TomlTableArray)Config["plugins"]).Single();

        Assert.Equal("./.ci/netlify-dotnet-cache", plugin["package"]);
        Assert.Contains(".dotnet", File.ReadAllText(Path.Combine(Repo.Root, ".ci", "netlify-dotnet-cache", "index.js")));
        Assert.True(File.Exists(Path.Combine(Repo.Root, ".ci", "netlify-dotnet-cache", "manifest.yml")));
    }
}
