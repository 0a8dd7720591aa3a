using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Tests.Diagnostics;

public sealed class WarningBaselineTests
{
    private static readonly Diagnostic Warning = Diagnostic.Warning("input/a.md", 7, 3, "TE061", "too short");

    [Fact]
    public void LineLeavesOutLineAndColumnSoEditsElsewhereDoNotChurnIt()
    {
        Assert.Equal("input/a.md: TE061: too short", WarningBaseline.LineFor(Warning));
        Assert.Equal(WarningBaseline.LineFor(Warning), WarningBaseline.LineFor(Warning with { Line = 40 }));
    }

    [Fact]
    public void CommentsAndBlankLinesAreNotAccepted()
    {
        var baseline = WarningBaseline.Parse("b.txt", "# a comment\r\n\r\n  input/a.md: TE061: too short  \n");

        Assert.Equal([(3, "input/a.md: TE061: too short")], baseline.Accepted);
    }

    [Fact]
    public void AcceptedWarningStaysAWarningAndOthersBecomeErrors()
    {
        var other = Diagnostic.Warning("input/b.md", 1, 1, "TE060", "unlinked");
        var baseline = WarningBaseline.Parse("b.txt", "input/a.md: TE061: too short\n");

        var result = baseline.Apply([Warning, other]);

        Assert.Equal(Severity.Warning, result.Single(d => d.Path == "input/a.md").Severity);
        Assert.Equal(Severity.Error, result.Single(d => d.Path == "input/b.md").Severity);
    }

    [Fact]
    public void ErrorsNeverCountAsAnAcceptedLine()
    {
        var error = Diagnostic.Error("input/a.md", 1, 1, "TE061", "too short");
        var baseline = WarningBaseline.Parse("b.txt", "input/a.md: TE061: too short\n");

        var result = baseline.Apply([error]);

        Assert.Contains(result, d => d is { Path: "b.txt", Line: 1, Code: "TE086" });
    }
}
