using TreatyExplainer.Checks;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Checks;

public sealed class CheckCacheTests
{
    [Fact]
    public void CachedPageStillReportsALinkWhoseTargetHasGone()
    {
        using var site = new TempSite().WithHome("See [the about page](/about/).");
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout.\n");
        var options = BuildOptions.Resolve(site.Root) with { GitDates = false, CheckCache = new CheckCache() };
        Assert.True(new SitePipeline(options).Run(OutputMode.None).Succeeded);

        File.Delete(Path.Combine(site.Root, "input", "about.md"));
        var result = new SitePipeline(options).Run(OutputMode.None);

        Assert.Contains(result.Diagnostics, d => d.Code == "TE040" && d.Path == "input/index.md" && d.Line == 5);
    }

    [Fact]
    public void CachedBuildGivesTheSameSite()
    {
        var options = BuildOptions.Resolve(Repo.Root) with { GitDates = false, CheckCache = new CheckCache() };

        var first = new SitePipeline(options).Run(OutputMode.Memory);
        var second = new SitePipeline(options).Run(OutputMode.Memory);

        Assert.DoesNotContain(second.Diagnostics, d => d.IsError);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Files.Select(f => Convert.ToHexString(f.Bytes)), second.Files.Select(f => Convert.ToHexString(f.Bytes)));
    }
}
