namespace TreatyExplainer.Diagnostics;

/// <summary>Prints diagnostics one per line, and on GitHub Actions also as annotations on the changed lines.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error, bool githubActions)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (!githubActions) continue;
            var level = diagnostic.IsError ? "error" : "warning";
            error.WriteLine($"::{level} file={Escape(diagnostic.Path)},line={diagnostic.Line},col={diagnostic.Column}::{Escape(diagnostic.Code + ": " + diagnostic.Message)}");
        }
    }

    /// <summary>Workflow commands treat %, CR, LF, ':' and ',' specially.</summary>
    private static string Escape(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
