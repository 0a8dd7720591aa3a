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
        { "60,000 nested brackets", "---\ntitle: X\nkind: person\nsummary: S.\nroles: " + new string('[', 60_000) + "\n---\n", "5:39: error TE070", "more than 32 levels" },
        { "60,000 nested braces", "---\ntitle: X\nkind: page\nx: " + new string('{', 60_000) + "\n---\n", "4:35: error TE070", "more than 32 levels" },
        { "60,000 nested dashes", "---\ntitle: X\nkind: person\nsummary: S.\nroles:\n" + string.Concat(Enumerable.Repeat("- ", 60_000)) + "x\n---\n", "6:63: error TE070", "more than 32 levels" },
        { "comment inside a flow list", "---\ntitle: X\nkind: person\nsummary: S.\nroles: [a\n# note\nb]\n---\n", "6:1: error TE003", "comment cannot stand inside" },
        { "unclosed bracket", "---\ntitle: X\nkind: page\nredirect_from: [/x/\nupdated: 2026-01-01\n---\n", "4:16: error TE003", "this '[' is never closed" },
        { "unclosed brace", "---\ntitle: X\nkind: term\nsummary: S.\nnames: { en: X\n---\n", "5:8: error TE003", "this '{' is never closed" },
        { "unquoted colon", "---\ntitle: Kurils: a history\nkind: page\n---\n", "2:14: error TE003", "must be quoted, like title: \"Kurils: a history\"" },
        { "stop-word alias", "---\ntitle: X\nkind: term\nsummary: S.\naliases: [Kurils, the]\n---\n", "5:19: error TE076", "common English word" },
        { "one-letter alias", "---\ntitle: X\nkind: term\nsummary: S.\naliases: [a]\n---\n", "5:11: error TE076", "shorter than 2 letters" },
        { "one-character CJK alias", "---\ntitle: X\nkind: term\nsummary: S.\naliases: [日]\n---\n", "5:11: error TE076", "one character" },
        { "case-insensitive stop word", "---\ntitle: X\nkind: term\nsummary: S.\naliases: [{ name: It, ignore_case: true }]\n---\n", "5:11: error TE076", "common English word" },
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
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void ParserFailureWithoutPositionKeepsEveryOtherDiagnostic()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/a.md", "---\ntitle: X\nkind: person\nsummary: S.\nroles: [a\n# note\nb]\n---\n");
        site.Write("input/b.md", "---\ntitle: Y\nkind: page\ncolour: red\n---\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/people/a.md:6:1: error TE003", error);
        Assert.Contains("input/b.md:4:1: error TE004", error);
    }

    [Theory]
    [InlineData("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"")]
    [InlineData("title: a [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ b")]
    [InlineData("title: X\nsummary: |\n  {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n  # not a comment [")]
    [InlineData("title: 'it''s [ not a list'")]
    [InlineData("title: X # a comment with [ in it")]
    public void BracketsThatAreTextNeitherNestNorOpen(string lines)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/text.md", $"---\n{lines}\nkind: page\n---\nBody.\n");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }

    [Fact]
    public void SingleCjkCharacterIsAllowedAsTheEntrysOwnName()
    {
        using var site = new TempSite().WithHome("See 日 and Nichi.");
        site.Write("input/terms/nichi.md", "---\ntitle: Nichi\nkind: term\nsummary: S.\nnames: { ja: 日 }\naliases: [日, UN]\n---\nBody.\n");

        var (_, _, error) = site.Run("check");

        Assert.DoesNotContain("TE076", error);
    }
}
