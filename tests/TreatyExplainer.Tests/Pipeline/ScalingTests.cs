using System.Diagnostics;
using TreatyExplainer.Bench;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Pipeline;

[CollectionDefinition(nameof(Timing), DisableParallelization = true)]
public sealed class Timing;

/// <summary>
/// The regression guard for growth: time per page at 1,000 pages may be at most 1.5 times the time per page at
/// 100. A ratio of two builds on the same machine in the same process, so it holds however busy the machine is;
/// no absolute time appears here.
/// </summary>
[Collection(nameof(Timing))]
public sealed class ScalingTests
{
    [Fact]
    public void TimePerPageDoesNotGrowWithTheSite()
    {
        using var small = Corpus(100);
        using var large = Corpus(1000);
        Build(small.Root); // warm the JIT, so neither measurement pays for it

        var perPageSmall = Enumerable.Range(0, 3).Min(_ => Build(small.Root) / 100);
        var perPageLarge = Enumerable.Range(0, 2).Min(_ => Build(large.Root) / 1000);

        var ratio = perPageLarge / perPageSmall;
        Assert.True(ratio <= 1.5, $"time per page grew {ratio:F2}x from 100 to 1,000 pages ({perPageSmall:F3} ms to {perPageLarge:F3} ms)");
    }

    [Fact]
    public void AutoLinkingCanBeTurnedOffForComparisons()
    {
        using var site = Corpus(20);

        var on = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false }).Run(OutputMode.None);
        var off = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false, AutoLink = false }).Run(OutputMode.None);

        Assert.True(on.Links > 100 * off.Links / 10 + 100, $"{on.Links} links with linking on, {off.Links} off");
        Assert.Equal(on.Pages, off.Pages);
    }

    private static TempSite Corpus(int pages)
    {
        var site = new TempSite();
        new CorpusGenerator(pages, entities: 100).Write(site.Root);
        return site;
    }

    private static double Build(string root)
    {
        var clock = Stopwatch.StartNew();
        var result = new SitePipeline(BuildOptions.Resolve(root) with { GitDates = false }).Run(OutputMode.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        return clock.Elapsed.TotalMilliseconds;
    }
}
