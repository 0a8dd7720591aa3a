using TreatyExplainer.Checks;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Rendering;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>serve's caches (parsed and linked content, rendered pages, check results) give the same site a clean build gives, after any kind of edit.</summary>
public sealed class RenderCacheTests
{
    [Theory]
    [InlineData("input/islands/iturup.md", "Kunashir", "Kunashir and a new sentence about Kunashir")]
    [InlineData("input/islands/iturup.md", "title: Iturup", "title: Iturup Island")]
    [InlineData("theme/layouts/base.sbn", "Skip to content", "Skip to the text")]
    [InlineData("input/people/sergey-lavrov.md", "aliases:", "aliases:\n  - Foreign Minister Lavrov")]
    [InlineData("input/terms/peace-treaty.md", "summary:", "summary: \"A new summary.\"\nupdated: 2026-11-23\n# old")]
    public void AfterAnEditTheCachedBuildEqualsACleanBuild(string file, string from, string to)
    {
        using var site = new TempSite(withTheme: false);
        foreach (var folder in new[] { "input", "seeds", "theme" })
            TempSite.CopyFolder(Path.Combine(Repo.Root, folder), Path.Combine(site.Root, folder));
        var cached = BuildOptions.Resolve(site.Root) with
        {
            GitDates = false,
            CheckCache = new CheckCache(),
            RenderCache = new RenderCache(),
            ContentCache = new ContentCache(),
        };
        new SitePipeline(cached).Run(OutputMode.None);

        var path = Path.Combine(site.Root, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        var incremental = new SitePipeline(cached).Run(OutputMode.Memory);
        var clean = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false }).Run(OutputMode.Memory);

        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.Equal(clean.Files.Select(f => f.RelativePath), incremental.Files.Select(f => f.RelativePath));
        for (var i = 0; i < clean.Files.Count; i++)
            Assert.True(clean.Files[i].Bytes.AsSpan().SequenceEqual(incremental.Files[i].Bytes), $"{clean.Files[i].RelativePath} differs from a clean build");
    }
}
