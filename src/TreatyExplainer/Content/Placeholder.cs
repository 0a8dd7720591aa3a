using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Content;

/// <summary>
/// The marker <c>new</c> puts before every text an editor must write. A file that still holds it is an unfinished
/// stub, so it is an error, not a page that builds with "One sentence that says…" as its summary.
/// </summary>
public static class Placeholder
{
    public const string Marker = "REPLACE:";

    /// <summary>One error per line that still holds the marker, at the marker.</summary>
    public static IEnumerable<Diagnostic> Find(SourceFile file)
    {
        var line = 1;
        var start = 0;
        while (start <= file.Text.Length)
        {
            var end = file.Text.IndexOf('\n', start);
            if (end < 0) end = file.Text.Length;
            var at = file.Text.IndexOf(Marker, start, end - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return Diagnostic.Error(file.Path, line, at - start + 1, DiagnosticCodes.PlaceholderText,
                    $"placeholder text from 'new' is still here: write the real text in its place, without '{Marker}'");
            }
            start = end + 1;
            line++;
        }
    }
}
