namespace TreatyExplainer.Diagnostics;

/// <summary>
/// The warnings a strict build accepts, one per line as <c>path: CODE: message</c> (no line or column, so edits
/// elsewhere in a file do not churn it; <c>#</c> starts a comment). A strict build fails on any other warning, and
/// on any accepted line that no longer occurs, so the list can only shrink.
/// </summary>
public sealed record WarningBaseline(string Path, IReadOnlyList<(int Line, string Text)> Accepted)
{
    /// <summary>Where a project keeps its baseline, relative to the root.</summary>
    public const string DefaultPath = ".ci/known-warnings.txt";

    /// <summary>Reads a baseline; <paramref name="path"/> is how diagnostics name the file.</summary>
    public static WarningBaseline Parse(string path, string text)
    {
        var accepted = new List<(int, string)>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#')) accepted.Add((i + 1, line));
        }
        return new WarningBaseline(path, accepted);
    }

    /// <summary>The baseline line that accepts a warning.</summary>
    public static string LineFor(Diagnostic warning) => $"{warning.Path}: {warning.Code}: {warning.Message}";

    /// <summary>
    /// The diagnostics a strict build reports: warnings the baseline does not accept become errors, and each accepted
    /// line that matched no warning becomes an error at that line. Sorted, like the input.
    /// </summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var accepted = Accepted.Select(a => a.Text).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                result.Add(diagnostic);
                continue;
            }
            var line = LineFor(diagnostic);
            seen.Add(line);
            result.Add(accepted.Contains(line) ? diagnostic : diagnostic with
            {
                Severity = Severity.Error,
                Message = diagnostic.Message + $" [--strict: a warning not accepted in {Path}]",
            });
        }
        foreach (var (number, text) in Accepted.Where(a => !seen.Contains(a.Text)))
        {
            result.Add(Diagnostic.Error(Path, number, 1, DiagnosticCodes.StaleBaselineLine,
                $"this accepted warning no longer occurs; delete the line: {text}"));
        }
        result.Sort(Diagnostic.Compare);
        return result;
    }
}
