using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Site;

/// <summary>--base-url is printed into every page and the sitemap: anything but a plain address is a usage error naming the option.</summary>
public sealed class BaseUrlTests
{
    [Theory]
    [InlineData("https://example.org/my site/", "space")]
    [InlineData("https://exa mple.org/", "space")]
    [InlineData("/my site/", "space")]
    [InlineData("https://user:secret@example.org/", "password")]
    [InlineData("https://token@example.org/", "password")]
    [InlineData("ftp://example.org/", "http or https")]
    [InlineData("file:///etc/", "http or https")]
    [InlineData("https://example.org/?utm=1", "query")]
    [InlineData("https://example.org/#top", "fragment")]
    [InlineData("/explainer/?x", "query")]
    public void BadBaseUrlIsAUsageErrorNamingTheOption(string baseUrl, string reason)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");

        var (code, _, error) = site.Run("build", "--base-url", baseUrl);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: --base-url '{baseUrl}'", error);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("about.md", error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("http://example.org/Sub_Folder/")]
    [InlineData("/explainer/")]
    public void PlainBaseUrlsStillBuild(string baseUrl)
    {
        using var site = new TempSite().WithHome();

        Assert.Equal(0, site.Run("build", "--base-url", baseUrl).ExitCode);
    }
}
