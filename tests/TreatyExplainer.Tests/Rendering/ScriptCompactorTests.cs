using System.Text;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Tests.Rendering;

public sealed class ScriptCompactorTests
{
    private static string Compact(string script) => Encoding.UTF8.GetString(ScriptCompactor.Compact(Encoding.UTF8.GetBytes(script)));

    [Fact]
    public void DropsIndentationBlankLinesAndWholeLineComments()
    {
        var script = "(() => {\n  // why this exists\n\n  const a = 1; // kept: code before it\n    return a;\n})();\n";

        Assert.Equal("(() => {\nconst a = 1; // kept: code before it\nreturn a;\n})();\n", Compact(script));
    }

    [Fact]
    public void KeepsEveryLineBreakBetweenStatementsSoSemicolonInsertionIsUnchanged()
    {
        var script = "let a = 1\n  let b = a\n  ;[a, b].forEach(f)\n";

        Assert.Equal("let a = 1\nlet b = a\n;[a, b].forEach(f)\n", Compact(script));
    }

    [Fact]
    public void ScriptWithAMultiLineTemplateLiteralIsPublishedAsWritten()
    {
        var script = "const s = `one\n   two`;\n  // note\n";

        Assert.Equal(script, Compact(script));
    }

    [Fact]
    public void ThemeScriptsArePublishedCompactedAndTheirNamesHashTheCompactedBytes()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "te-compact-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "assets", "a.js"), "// comment\n  go();\n");
        try
        {
            var theme = Theme.Load(root, p => p, new TreatyExplainer.Diagnostics.DiagnosticBag());
            var asset = Assert.Single(theme.Assets);
            Assert.Equal("go();\n", Encoding.UTF8.GetString(asset.Bytes));
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(asset.Bytes))[..10];
            Assert.Equal($"/assets/a.{hash}.js", asset.SitePath);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
