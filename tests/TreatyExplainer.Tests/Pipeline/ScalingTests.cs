using System.Diagnostics;
using TreatyExplainer.Bench;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Pipeline;

[CollectionDefinition(nameof(Timing), DisableParallelization = true)]
public sealed class Timing;

/// <summary>
/// The regression guard for growth: the cost per page of a 1,500-page build may be at most 1.3 times that of a
/// 150-page build (ten times the pages, as from 1,000 to 10,000, which would take minutes in a test on a busy machine;
/// bench/run.sh measures that span). Cost is the CPU time this process spends on the build (other processes on a busy machine do
/// not count) and the bytes it allocates (which no neighbour can move), each the median of several builds of the
/// small site against builds of the large one, in the same process. No absolute time appears here.
/// </summary>
[Collection(nameof(Timing))]
public sealed class ScalingTests
{
    private const int Small = 150;
    private const int Large = 1_500;
    private const double MaxGrowth = 1.3;

    [Fact]
    public void CostPerPageDoesNotGrowWithTheSite()
    {
        using var small = Corpus(Small);
        using var large = Corpus(Large);
        Build(small.Root); // warm the JIT, so neither measurement pays for it

        var smallCosts = Enumerable.Range(0, 3).Select(_ => Build(small.Root)).ToList();
        var largeCosts = Enumerable.Range(0, 2).Select(_ => Build(large.Root)).ToList();

        var cpu = Median(largeCosts.Select(c => c.CpuMs)) / Large / (Median(smallCosts.Select(c => c.CpuMs)) / Small);
        var bytes = Median(largeCosts.Select(c => c.Bytes)) / Large / (Median(smallCosts.Select(c => c.Bytes)) / Small);
        Assert.True(cpu <= MaxGrowth, $"CPU time per page grew {cpu:F2}x from {Small:N0} to {Large:N0} pages");
        Assert.True(bytes <= MaxGrowth, $"bytes allocated per page grew {bytes:F2}x from {Small:N0} to {Large:N0} pages");
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

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static (double CpuMs, double Bytes) Build(string root)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = new SitePipeline(BuildOptions.Resolve(root) with { GitDates = false }).Run(OutputMode.None);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        return (cpu, bytes);
    }
}
