using System.Globalization;

namespace TreatyExplainer.Diagnostics;

/// <summary>
/// One problem found in the content, located at a 1-based line and column of a file relative to the root. Path and
/// message are cleaned of control characters and ANSI escapes as they are set, so every way a diagnostic is shown
/// (terminal, CI annotation, the serve overlay) prints content values inert.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    private readonly string _path = TerminalText.Clean(Path);
    private readonly string _message = TerminalText.Clean(Message);

    public string Path { get => _path; init => _path = TerminalText.Clean(value); }

    public string Message { get => _message; init => _message = TerminalText.Clean(value); }

    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Warning, code, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");

    /// <summary>Sorts by file, then position, then code, so output never depends on thread order.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0) return byPath;
        var byLine = a.Line.CompareTo(b.Line);
        if (byLine != 0) return byLine;
        var byColumn = a.Column.CompareTo(b.Column);
        if (byColumn != 0) return byColumn;
        var byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
    }
}
