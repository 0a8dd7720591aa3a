using System.Diagnostics;
using TreatyExplainer.Bench;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Output;

/// <summary>Kills the real generator process at points through a build: output/ is always the old site or the new one, never a mix.</summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public void KilledBuildNeverLeavesOutputHalfWritten()
    {
        using var site = new TempSite();
        new CorpusGenerator(pages: 250, entities: 150).Write(site.Root);
        Assert.Equal(0, RunToEnd(site.Root));
        var before = FolderManifest.Of(site.Output);

        site.Write("input/index.md", "---\ntitle: Second version\nkind: page\n---\nChanged.\n");
        var fullBuild = Stopwatch.StartNew();
        Assert.Equal(0, RunToEnd(site.Root));
        var duration = fullBuild.Elapsed;
        var after = FolderManifest.Of(site.Output);
        Assert.NotEqual(before, after);

        site.Write("input/index.md", "---\ntitle: Third version\nkind: page\n---\nChanged again.\n");
        var seen = new List<(double Fraction, string Manifest)>();
        foreach (var fraction in new[] { 0.3, 0.6, 0.8, 0.9, 0.95, 1.0 })
        {
            KillAfter(site.Root, duration * fraction);
            seen.Add((fraction, FolderManifest.Of(site.Output)));
        }
        Assert.Equal(0, RunToEnd(site.Root));
        var final = FolderManifest.Of(site.Output);

        Assert.Contains("Third version", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        foreach (var (fraction, manifest) in seen)
            Assert.True(manifest == after || manifest == final, $"output/ was neither the old nor the new site after a kill at {fraction:P0} of a build");
    }

    private static int RunToEnd(string root)
    {
        using var process = Start(root);
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void KillAfter(string root, TimeSpan delay)
    {
        using var process = Start(root);
        if (!process.WaitForExit(delay)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static Process Start(string root)
    {
        var process = RealBinary.Start(["build", "--root", root]);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
