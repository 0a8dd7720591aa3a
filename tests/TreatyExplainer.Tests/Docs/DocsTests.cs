using System.Reflection;
using System.Text.RegularExpressions;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Docs;

/// <summary>The editors' docs describe the real behaviour: they are generated from, or checked against, the code.</summary>
public sealed partial class DocsTests
{
    [Fact]
    public void ContributingListsTheFieldsTheValidatorChecks()
    {
        var path = Path.Combine(Repo.Root, ".github", "CONTRIBUTING.md");
        var current = File.ReadAllText(path);
        var expected = FieldDocs.Update(current);

        if (current != expected && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") is null or "")
            File.WriteAllText(path, expected);
        else
            Assert.True(current == expected, "CONTRIBUTING.md's field reference is out of date with FrontMatterSchema; run UPDATE_SNAPSHOTS=1 dotnet test");
    }

    [Fact]
    public void EveryDiagnosticCodeIsDocumentedAndNoOtherIs()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var documented = Heading().Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"))).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Empty(codes.Except(documented));
        Assert.Empty(documented.Except(codes));
    }

    [Fact]
    public void EveryTestTheSecurityDocNamesExists()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        var named = TestName().Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "security.md"))).ToList();

        Assert.NotEmpty(named);
        var missing = named.Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value))
            .Where(t => !sources.Any(s => s.Contains($"class {t.Class}", StringComparison.Ordinal) && s.Contains($" {t.Method}(", StringComparison.Ordinal)))
            .Select(t => $"{t.Class}.{t.Method}");
        Assert.Empty(missing);
    }

    [GeneratedRegex(@"`([A-Z]\w*Tests|[A-Z]\w*Properties)\.([A-Z]\w*)`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^## (TE\d{3})", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
