using System.Globalization;
using System.Text.Json;

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// The built site against the web's own checkers: the W3C Nu Html Checker over every page, stylesheet and inline
/// SVG, and Lighthouse (mobile) on the pages readers land on. Lighthouse's performance score depends on how busy
/// the machine is, so it is printed, not asserted; tests/web-checks/lighthouse.sh measures it on an idle machine.
/// </summary>
public sealed class WebStandardsTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string[] AssertedCategories = ["accessibility", "best-practices", "seo"];

    [Fact]
    public async Task EveryPageAndStylesheetPassesTheNuHtmlChecker()
    {
        await WebChecks.EnsureInstalledAsync("java");
        var (_, output) = await WebChecks.RunAsync("java",
            ["-jar", WebChecks.VnuJar, "--errors-only", "--skip-non-html", "--also-check-css", "--also-check-svg", "--format", "json", Site.Folder],
            Repo.Root, TimeSpan.FromMinutes(5));

        var report = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement;
        var errors = report.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Relative(m)}:{Number(m, "lastLine")}:{Number(m, "firstColumn")}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} error(s):\n" + string.Join("\n", errors.Take(40)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/islands/shikotan/")]
    [InlineData("/timeline/")]
    public async Task LighthouseScoresFullMarksForAccessibilityBestPracticesAndSeo(string path)
    {
        if (Site.Browser is null) Assert.Skip(Site.SkipReason ?? "no browser");
        await WebChecks.EnsureInstalledAsync("node");
        var report = Path.Combine(Path.GetTempPath(), $"te-lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output) = await WebChecks.RunAsync("node",
                [WebChecks.LighthouseCli, Site.BaseUrl + path, "--chrome-path=" + Site.Browser.BrowserType.ExecutablePath,
                 "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
                 "--output=json", "--output-path=" + report, "--quiet"],
                WebChecks.Folder, TimeSpan.FromMinutes(3));
            Assert.True(exit == 0 && File.Exists(report), "Lighthouse failed:\n" + output);

            var result = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken)).RootElement;
            var categories = result.GetProperty("categories");
            var performance = categories.GetProperty("performance").GetProperty("score");
            TestContext.Current.SendDiagnosticMessage($"Lighthouse performance on {path} (busy machine, not asserted): {Score(performance)}");
            // Measured on the bytes a reader gets: the host compresses text, and so does the fixture.
            Assert.Equal(1, result.GetProperty("audits").GetProperty("uses-text-compression").GetProperty("score").GetDouble());

            var failures = AssertedCategories
                .Where(name => categories.GetProperty(name).GetProperty("score").GetDouble() < 1)
                .SelectMany(name => FailedAudits(result, name).Prepend($"{name}: {Score(categories.GetProperty(name).GetProperty("score"))}"))
                .ToList();
            Assert.True(failures.Count == 0, $"{path}:\n" + string.Join("\n", failures));
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>The weighted audits of one category that did not pass, with what Lighthouse says of each.</summary>
    private static IEnumerable<string> FailedAudits(JsonElement result, string category) =>
        result.GetProperty("categories").GetProperty(category).GetProperty("auditRefs").EnumerateArray()
            .Where(reference => reference.GetProperty("weight").GetDouble() > 0)
            .Select(reference => result.GetProperty("audits").GetProperty(reference.GetProperty("id").GetString()!))
            .Where(audit => audit.GetProperty("score").ValueKind == JsonValueKind.Number && audit.GetProperty("score").GetDouble() < 1)
            .Select(audit => $"  {audit.GetProperty("id").GetString()}: {audit.GetProperty("title").GetString()}");

    private static string Score(JsonElement score) =>
        score.ValueKind == JsonValueKind.Number ? (score.GetDouble() * 100).ToString("0", CultureInfo.InvariantCulture) : "n/a";

    private string Relative(JsonElement message) =>
        message.TryGetProperty("url", out var url) ? url.GetString()!.Replace("file:" + Site.Folder, "", StringComparison.Ordinal) : "?";

    private static string Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.GetInt32().ToString(CultureInfo.InvariantCulture) : "?";
}
