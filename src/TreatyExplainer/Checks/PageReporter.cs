using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>
/// Reports a problem in a rendered page against the file it came from. Where the offending text stands in the
/// Markdown source, the diagnostic points at it; otherwise at the file, with the HTML position in the message.
/// The source is read only when there is something to report.
/// </summary>
public sealed class PageReporter(string sitePath, string sourcePath, Func<string?> sourceText, List<Diagnostic> diagnostics)
{
    /// <summary>How many problems this reporter has reported.</summary>
    public int Count { get; private set; }

    public void Error(int htmlLine, int htmlColumn, string code, string message, string? sourceNeedle = null)
    {
        Count++;
        var (line, column) = Locate(sourceNeedle);
        diagnostics.Add(Diagnostic.Error(sourcePath, line, column, code,
            $"{message} (in the page {sitePath}, HTML line {htmlLine}, column {htmlColumn})"));
    }

    private (int Line, int Column) Locate(string? needle)
    {
        if (needle is null || sourceText() is not { } text) return (1, 1);
        var at = text.IndexOf("(" + needle, StringComparison.Ordinal);
        if (at < 0) return (1, 1);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, at - lineStart + 2);
    }
}
