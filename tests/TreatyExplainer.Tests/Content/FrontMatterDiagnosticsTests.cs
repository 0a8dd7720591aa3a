using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Each bad front matter gets one clear error at the right line and column, and exit code 1.</summary>
public sealed class FrontMatterDiagnosticsTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, file text, expected "line:col: error CODE", expected words in the message
        { "missing front matter", "Just text.\n", "1:1: error TE001", "must start with front matter" },
        { "unclosed front matter", "---\ntitle: X\nkind: page\nBody.\n", "1:1: error TE002", "not closed" },
        { "tab indent", "---\ntitle: X\nkind: page\nnames:\n\ten: X\n---\n", "5:1: error TE003", "not valid YAML" },
        { "bad indent", "---\ntitle: X\nkind: term\nsummary: S.\nnames:\n  en: X\n ja: Y\n---\n", "7:2: error TE003", "not valid YAML" },
        { "unclosed quote", "---\ntitle: \"X\nkind: page\n---\nBody.\n", "2:8: error TE003", "not valid YAML" },
        { "unknown key with hint", "---\ntitle: X\nkind: page\ntitel: Y\n---\n", "4:1: error TE004", "did you mean 'title'" },
        { "wrong type", "---\ntitle: [a, b]\nkind: page\n---\n", "2:8: error TE005", "must be text" },
        { "missing title", "---\nkind: page\n---\n", "2:1: error TE006", "'title' is required" },
        { "missing kind", "---\ntitle: X\n---\n", "2:1: error TE006", "'kind' is required" },
        { "missing summary on a glossary kind", "---\ntitle: X\nkind: term\n---\nBody.\n", "2:1: error TE006", "'summary' is required for kind 'term'" },
        { "unknown kind", "---\ntitle: X\nkind: isle\n---\n", "3:7: error TE007", "unknown kind 'isle'" },
        { "bad date", "---\ntitle: X\nkind: event\nsummary: S.\ndate: 1956-02-30\n---\n", "5:7: error TE008", "real date" },
        { "key for another kind", "---\ntitle: X\nkind: person\nsummary: S.\nlat: 45\n---\n", "5:1: error TE009", "does not apply to kind 'person'" },
        { "duplicate key", "---\ntitle: X\nkind: page\ntitle: Y\n---\n", "4:1: error TE003", "Duplicate key" },
        { "number out of range", "---\ntitle: X\nkind: island\nsummary: S.\nlat: 145\n---\n", "5:6: error TE024", "between -90 and 90" },
        { "unsafe redirect", "---\ntitle: X\nkind: page\nredirect_from: [/../../etc/]\n---\n", "4:17: error TE024", "not a site path" },
        { "unknown layout", "---\ntitle: X\nkind: page\nlayout: fancy\n---\n", "4:9: error TE022", "unknown layout" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheProblemAtItsLine(string name, string text, string expected, string words)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/bad.md", text);

        var (code, _, error) = site.Run("check");

        Assert.True(code == 1, $"{name}: exit code {code}\n{error}");
        Assert.Contains($"input/bad.md:{expected}", error);
        Assert.Contains(words, error);
        Assert.DoesNotContain("   at ", error);
    }
}
