using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>The output is well-formed HTML5: the parser raised no error while reading it.</summary>
public sealed class HtmlParsesCleanly : IHtmlCheck
{
    public void Check(CheckedPage page, PageReporter report)
    {
        foreach (var problem in page.ParseErrors)
            report.Error(problem.Line, problem.Column, DiagnosticCodes.HtmlParseError, $"HTML parse error: {problem.Message}");
    }
}
