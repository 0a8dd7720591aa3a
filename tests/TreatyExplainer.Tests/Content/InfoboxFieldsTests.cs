using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>The infobox's front matter: each malformed value is one error at its own line and column.</summary>
public sealed class InfoboxFieldsTests
{
    private const string Island = "---\ntitle: X\nkind: island\nsummary: S.\n";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, front matter after the island's first four lines, expected "line:col: error CODE", words in the message
        { "area as text", "area: 3168\n", "5:7: error TE005", "'area' must be a mapping like { km2: …, year: …, source: … }" },
        { "unknown part", "area: { km2: 3168, year: 2020, source: r, unit: km }\n", "5:43: error TE004", "unknown 'area' key 'unit'" },
        { "missing source", "area: { km2: 3168, year: 2020 }\n", "5:7: error TE006", "'area' needs 'source'" },
        { "grouped digits", "area: { km2: \"3,168\", year: 2020, source: r }\n", "5:14: error TE005", "digits only, like 3168" },
        { "fractional population", "population: { count: 6916.5, as_of: 2023-01-01, source: r }\n", "5:22: error TE005", "a whole number" },
        { "negative population", "population: { count: -4, as_of: 2023, source: r }\n", "5:22: error TE005", "a whole number" },
        { "impossible date", "population: { count: 6916, as_of: 2023-02-30, source: r }\n", "5:35: error TE008", "'population.as_of' must be a real date" },
        { "parties on an island", "parties: [Japan]\n", "5:1: error TE009", "'parties' does not apply to kind 'island'" },
        { "treaty key on an island", "treaty_text: r\n", "5:1: error TE009", "'treaty_text' does not apply to kind 'island'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheProblemAtItsLine(string name, string frontMatter, string expected, string words)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/islands/x.md", Island + frontMatter + "---\nAn island.\n");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 1, $"{name}: exit code {code}\n{error}");
        Assert.Contains($"input/islands/x.md:{expected}", error);
        Assert.Contains(words, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void ValidFiguresBuildWithoutDiagnostics()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/r.md", Reference("r", "official-statement", "2023-05-30"));
        site.Write("input/islands/x.md", Island + "area: { km2: 3167.5, year: 2020, source: r }\npopulation: { count: 6916, as_of: 2023-01-01, source: r }\nadministered_by: Russia\nclaimed_by: Japan\n---\nAn island.[@r]\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    public static string Reference(string title, string type, string published) =>
        $"---\ntitle: {title}\nkind: reference\ntype: {type}\npublisher: P\npublished: {published}\n{(type.StartsWith("official", StringComparison.Ordinal) ? "side: japan\n" : "")}---\nA work.\n";
}
