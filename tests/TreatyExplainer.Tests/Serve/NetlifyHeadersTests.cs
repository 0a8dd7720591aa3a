using TreatyExplainer.Diagnostics;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

public sealed class NetlifyHeadersTests
{
    [Fact]
    public void RealConfigGivesTheContentSecurityPolicyEverywhereAndLongCachingOnlyToAssets()
    {
        var problems = new List<Diagnostic>();
        var headers = NetlifyHeaders.Load(Repo.Root, problems);

        Assert.Empty(problems);
        foreach (var path in new[] { "/", "/islands/iturup/", "/assets/site.0123456789.css", "/no/such" })
            Assert.Contains(headers.For(path), h => h.Key == "Content-Security-Policy" && h.Value.StartsWith("default-src 'self'", StringComparison.Ordinal));
        Assert.Contains(headers.For("/assets/site.0123456789.css"), h => h.Key == "Cache-Control" && h.Value.Contains("immutable", StringComparison.Ordinal));
        Assert.DoesNotContain(headers.For("/islands/iturup/"), h => h.Value.Contains("immutable", StringComparison.Ordinal));
        Assert.Contains(headers.For("/islands/iturup/"), h => h.Key == "Cache-Control" && h.Value.Contains("must-revalidate", StringComparison.Ordinal));
    }

    [Fact]
    public void LaterRuleWinsForTheSameHeaderAndStarMatchesAcrossSlashes()
    {
        using var site = new TempSite(withTheme: false);
        site.Write("netlify.toml", "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-A = \"all\"\n    X-B = \"all\"\n" +
            "[[headers]]\n  for = \"/docs/*\"\n  [headers.values]\n    x-b = \"docs\"\n");

        var headers = NetlifyHeaders.Load(site.Root, new List<Diagnostic>());

        Assert.Equal([KeyValuePair.Create("X-A", "all"), KeyValuePair.Create("x-b", "docs")], headers.For("/docs/a/b.html"));
        Assert.Equal([KeyValuePair.Create("X-A", "all"), KeyValuePair.Create("X-B", "all")], headers.For("/doc"));
    }

    [Theory]
    [InlineData("[[headers]\nfor = 1\n")]
    [InlineData("[[headers]]\n  for = \"/*\"\n")]
    [InlineData("[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-A = 3\n")]
    public void UnreadableHeadersAreATe080ErrorAndNoHeaders(string toml)
    {
        using var site = new TempSite(withTheme: false);
        site.Write("netlify.toml", toml);
        var problems = new List<Diagnostic>();

        var headers = NetlifyHeaders.Load(site.Root, problems);

        var problem = Assert.Single(problems);
        Assert.StartsWith("netlify.toml:1:1: error TE080: cannot read its [[headers]]", problem.ToString());
        Assert.Empty(headers.For("/"));
    }

    [Fact]
    public void NoNetlifyTomlMeansNoHeadersAndNoError()
    {
        using var site = new TempSite(withTheme: false);
        var problems = new List<Diagnostic>();

        Assert.Empty(NetlifyHeaders.Load(site.Root, problems).For("/"));
        Assert.Empty(problems);
    }
}
