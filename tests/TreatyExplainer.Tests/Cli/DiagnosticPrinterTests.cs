using TreatyExplainer.Cli;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

/// <summary>Diagnostics print inert: no value can start a log line, forge a CI command or drive the terminal.</summary>
public sealed class DiagnosticPrinterTests
{
    [Theory]
    [InlineData("\"x\\n::error file=README.md::forged\"")]
    [InlineData("\"x\\r\\n::stop-commands::token\"")]
    [InlineData("\"x\\u2028::error file=README.md::forged\"")]
    public void ValueWithALineBreakCannotStartAWorkflowCommand(string kind)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/a.md", $"---\ntitle: A\nkind: {kind}\n---\nText.\n");

        foreach (var githubActions in new[] { false, true })
        {
            var error = Check(site, githubActions);

            Assert.Contains("error TE007", error);
            var lines = error.Split('\n');
            Assert.DoesNotContain(lines, l => l.StartsWith("::error file=README.md", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("::stop-commands::", StringComparison.Ordinal));
            Assert.DoesNotContain('\r', error);
            Assert.DoesNotContain('\u2028', error);
        }
    }

    [Fact]
    public void AnsiEscapesAndControlCharactersAreStrippedInEveryMode()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/a.md", "---\ntitle: A\nkind: \"\\e[31mred\\e]0;title\\a\\b\\u202Egnp\"\n---\nText.\n");

        foreach (var githubActions in new[] { false, true })
        {
            var error = Check(site, githubActions);

            Assert.Contains("error TE007", error);
            Assert.Contains("red", error);
            Assert.DoesNotContain(error, c => char.IsControl(c) && c != '\n');
            Assert.DoesNotContain("[31m", error);
            Assert.DoesNotContain('\u202E', error);
        }
    }

    [Fact]
    public void MessageIsEscapedAsWorkflowCommandDataAndPathAsAProperty()
    {
        var error = new StringWriter();
        var diagnostic = Diagnostic.Error("input/a,b:c%.md", 3, 5, "TE004", "100% sure: a, b");

        DiagnosticPrinter.Print([diagnostic], error, githubActions: true);

        Assert.Contains("::error file=input/a%2Cb%3Ac%25.md,line=3,col=5::TE004: 100%25 sure: a, b", error.ToString());
    }

    [Fact]
    public void UsageErrorsAreCleanedToo()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("build", "--colour\u001b[2J\n::error::x", "red");

        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain(error.Split('\n'), l => l.StartsWith("::error", StringComparison.Ordinal));
    }

    private static string Check(TempSite site, bool githubActions)
    {
        var error = new StringWriter();
        App.Run(["check", "--root", site.Root], new StringWriter(), error, githubActions);
        return error.ToString();
    }
}
