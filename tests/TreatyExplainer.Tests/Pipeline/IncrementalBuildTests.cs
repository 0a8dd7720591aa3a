using System.Text.RegularExpressions;
using TreatyExplainer.Bench;
using TreatyExplainer.Checks;
using TreatyExplainer.Output;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Rendering;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Pipeline;

/// <summary>
/// Serve's incremental rebuilds against the reference: after every edit in a random sequence, the output folder holds
/// exactly the bytes a fresh full build of the same input makes, and the diagnostics are the same.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomEditsGiveTheBytesAndDiagnosticsOfAFullBuild(int seed)
    {
        using var site = Corpus();
        var serve = ServeOptions(site);
        Assert.True(new SitePipeline(serve).Run(OutputMode.Disk).Succeeded);
        var random = new Random(seed);
        var fastRebuilds = 0;
        for (var step = 0; step < 14; step++)
        {
            var (what, saved) = Edit(site, random, step);
            var result = new SitePipeline(serve with { Saved = saved }).Run(OutputMode.Disk);
            var fresh = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false, Today = Today }).Run(OutputMode.Memory);

            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
            if (fresh.Succeeded) AssertOutputIs(site, fresh.Files, what);
            if (what == "body") fastRebuilds += result.Timings.StartsWith("incremental", StringComparison.Ordinal) ? 1 : 0;
        }
        Assert.True(fastRebuilds > 0, "no body edit took the incremental path");
    }

    [Fact]
    public void BodyEditRewritesOnlyThePagesItAffects()
    {
        using var site = Corpus();
        var serve = ServeOptions(site);
        new SitePipeline(serve).Run(OutputMode.Disk);
        // Two edits: the first build after a full one cannot yet trust the back buffer, the second can.
        var page = Path.Combine(site.Root, "input/pages/page-00003.md");
        File.AppendAllText(page, "\nA first added sentence.\n");
        new SitePipeline(serve with { Saved = [page] }).Run(OutputMode.Disk);
        File.AppendAllText(page, "\nA second added sentence.\n");

        var result = new SitePipeline(serve with { Saved = [page] }).Run(OutputMode.Disk);

        Assert.StartsWith("incremental", result.Timings);
        Assert.Contains("A second added sentence.", site.ReadOutput("page-00003/index.html"));
        // The edited page, the search page and index, and whatever the two edits before changed; never the whole site.
        Assert.InRange(result.Written.Written, 2, 8);
    }

    [Fact]
    public void RemovingAHeadingAnotherPageLinksToFailsTheIncrementalBuildAsAFullOneWould()
    {
        using var site = Corpus();
        site.Write("input/pages/page-00002.md", File.ReadAllText(Path.Combine(site.Root, "input/pages/page-00002.md")) + "\nSee [section two](/page-00001/#section-2).\n");
        var serve = ServeOptions(site);
        Assert.True(new SitePipeline(serve).Run(OutputMode.Disk).Succeeded);
        var target = Path.Combine(site.Root, "input/pages/page-00001.md");
        File.WriteAllText(target, File.ReadAllText(target).Replace("## Section 2", "## Part 2", StringComparison.Ordinal));

        var result = new SitePipeline(serve with { Saved = [target] }).Run(OutputMode.Disk);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/pages/page-00002.md" && d.Message.Contains("#section-2", StringComparison.Ordinal));
        Assert.Contains("Section 2", site.ReadOutput("page-00001/index.html"));
    }

    private static TempSite Corpus()
    {
        var site = new TempSite();
        new CorpusGenerator(pages: 8, entities: 10, seed: 7).Write(site.Root);
        return site;
    }

    private static BuildOptions ServeOptions(TempSite site) => BuildOptions.Resolve(site.Root) with
    {
        GitDates = false,
        Today = Today,
        CheckCache = new CheckCache(),
        RenderCache = new RenderCache(),
        ContentCache = new ContentCache(),
        Memory = new BuildMemory(),
    };

    /// <summary>One random edit, on disk; returns what kind it was and the full paths it saved.</summary>
    private static (string What, IReadOnlyCollection<string> Saved) Edit(TempSite site, Random random, int step)
    {
        var entities = Directory.GetFiles(Path.Combine(site.Root, "input"), "entity-*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var pages = Directory.GetFiles(Path.Combine(site.Root, "input/pages"), "*.md").Order(StringComparer.Ordinal).ToList();
        var entity = entities[random.Next(entities.Count)];
        var page = pages[random.Next(pages.Count)];
        var mentioned = Regex.Match(File.ReadAllText(entities[random.Next(entities.Count)]), "^title: (.+)$", RegexOptions.Multiline).Groups[1].Value;
        switch (random.Next(8))
        {
            case 0:
                return ("title", [Replace(entity, "^title: (.+)$", m => $"title: {m.Groups[1].Value} Renamed{step}")]);
            case 1:
                return ("alias", [Replace(entity, @"^aliases: \[", _ => $"aliases: [\"Extra Alias {step}\", ")]);
            case 2:
                return ("alias", [Replace(entity, @"^aliases: \[""[^""]*"",? ?", _ => "aliases: [")]);
            case 3:
                return ("new", [site.Write($"input/pages/added-{step}.md", $"---\ntitle: Added {step}\nkind: page\n---\nA new page that names {mentioned}.\n")]);
            case 4 when pages.Count > 8:
                File.Delete(pages[^1]);
                return ("delete", [pages[^1]]);
            case 5:
                return ("broken", [Replace(page, @"\z", _ => "\nSee [nothing](xref:no-such-entry).\n")]);
            case 6 when pages.Any(p => File.ReadAllText(p).Contains("xref:no-such-entry", StringComparison.Ordinal)):
                var broken = pages.First(p => File.ReadAllText(p).Contains("xref:no-such-entry", StringComparison.Ordinal));
                return ("fix", [Replace(broken, @"\nSee \[nothing\]\(xref:no-such-entry\)\.\n", _ => "\n")]);
            default:
                return ("body", [Replace(random.Next(2) == 0 ? page : entity, @"\z", _ => $"\nStep {step} adds a sentence naming {mentioned}.\n")]);
        }
    }

    private static string Replace(string path, string pattern, MatchEvaluator replacement)
    {
        var text = File.ReadAllText(path);
        File.WriteAllText(path, Regex.Replace(text, pattern, replacement, RegexOptions.Multiline, TimeSpan.FromSeconds(1)));
        return path;
    }

    private static void AssertOutputIs(TempSite site, IReadOnlyList<OutputFile> expected, string edit)
    {
        var actual = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != OutputTransaction.MarkerFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Select(f => f.RelativePath).Order(StringComparer.Ordinal), actual);
        foreach (var file in expected)
            Assert.True(file.Bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath))), $"{file.RelativePath} differs after a {edit} edit");
    }
}
