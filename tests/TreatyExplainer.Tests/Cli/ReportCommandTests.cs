using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

/// <summary>The editor's report and the build date it judges freshness by.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void ReportListsANameOnThreePagesThatHasNoEntry()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/taro-kono.md", Entries.Person("Taro Kono"));
        foreach (var term in new[] { "a", "b", "c" })
            site.Write($"input/terms/{term}.md", Entries.Glossary($"Term {term}", "term", "Talks with Yohei Kono and Taro Kono went on."));
        site.Write("input/terms/d.md", Entries.Glossary("Term d", "term", "Only here: Ichiro Example."));

        var (code, output, _) = site.Run("report", "--json", "--today", "2026-12-01");

        Assert.Equal(0, code);
        Assert.Contains("\"name\": \"Yohei Kono\",\n      \"page_count\": 3", output);
        Assert.DoesNotContain("\"Taro Kono\"", output);
        Assert.DoesNotContain("Ichiro Example", output);
    }

    [Fact]
    public void ABuildLeavesCandidateNamesToTheReport()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/a.md", Entries.Glossary("Term a", "term", "Talks with Yohei Kono went on."));

        var built = site.Build().Model!;
        var reported = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false, CandidateNames = true }).Run(OutputMode.None).Model!;

        Assert.All(built.Pages, page => Assert.Empty(page.Citations.Names));
        Assert.Contains("Yohei Kono", reported.Pages.SelectMany(page => page.Citations.Names));
    }

    [Fact]
    public void TextReportNamesStalePhrasesAndReferencesBySide()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/joint.md", "---\ntitle: Joint text\nkind: reference\ntype: treaty-text\npublisher: Both\npublished: 1956\nside: [japan, russia]\n---\n");
        site.Write("input/terms/t.md", Entries.Glossary("T", "term", "As of May 2020 it held.[@joint]"));

        var (code, output, _) = site.Run("report", "--today", "2026-12-01");

        Assert.Equal(0, code);
        Assert.Contains("  input/terms/t.md:7:1: 'As of May 2020'", output);
        Assert.Contains("  input/terms/t.md: japan 1, russia 1", output);
    }

    [Fact]
    public void TodayAndSourceDateEpochGiveByteIdenticalOutputAndDiagnostics()
    {
        using var site = new TempSite().WithHome("As of March 2026 talks were frozen.");
        var fromOption = Build(site, ["--today", "2026-12-01"], new Dictionary<string, string>());
        var fromEpoch = Build(site, [], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1796083200" }); // 2026-12-01T00:00:00Z
        var fresh = Build(site, ["--today", "2026-04-01"], new Dictionary<string, string>());

        Assert.Contains("warning TE095: 'As of March 2026'", fromOption.Error);
        Assert.Equal(fromOption.Error, fromEpoch.Error);
        Assert.Equal(fromOption.Files, fromEpoch.Files);
        Assert.DoesNotContain("TE095", fresh.Error);
    }

    [Fact]
    public void MalformedTodayIsAUsageError()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("check", "--today", "1 December 2026");

        Assert.Equal(2, code);
        Assert.Contains("--today must be a date written YYYY-MM-DD", error);
    }

    private static (string Error, string Files) Build(TempSite site, string[] options, Dictionary<string, string> environment)
    {
        var output = Path.Combine(site.Root, "output");
        using var process = RealBinary.Start(["build", "--root", site.Root, .. options], environment: environment);
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var files = string.Join("\n", Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(output, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
        return (error, files);
    }
}
