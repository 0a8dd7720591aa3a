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
            error.WriteLine($"::{level} file={Property(diagnostic.Path)},line={diagnostic.Line},col={diagnostic.Column}::{Data(diagnostic.Code + ": " + diagnostic.Message)}");
        }
    }

    /// <summary>A workflow command's message: the runner decodes %25, %0D and %0A there, and nothing else.</summary>
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as data, plus ':' and ',' which end a property.</summary>
    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
