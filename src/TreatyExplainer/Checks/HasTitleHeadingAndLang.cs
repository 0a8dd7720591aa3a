using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>Every page has a non-empty title, exactly one h1, and a lang attribute on html.</summary>
public sealed class HasTitleHeadingAndLang : IHtmlCheck
{
    public void Check(CheckedPage page, PageReporter report)
    {
        var document = page.Document;
        if (string.IsNullOrWhiteSpace(document.Title))
            report.Error(1, 1, DiagnosticCodes.MissingTitle, "the page has no <title>");
        var headings = document.QuerySelectorAll("h1");
        if (headings.Length != 1)
            report.Error(1, 1, DiagnosticCodes.HeadingCount, $"the page has {headings.Length} h1 elements; it needs exactly one");
        var lang = document.DocumentElement.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
            report.Error(1, 1, DiagnosticCodes.MissingLang, "the <html> element has no lang attribute");
    }
}
