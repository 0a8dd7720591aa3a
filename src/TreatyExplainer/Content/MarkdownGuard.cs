namespace TreatyExplainer.Content;

/// <summary>
/// Finds the few Markdown shapes whose parsing time grows with the square of their size, before Markdig sees
/// them: a run of thousands of '*' or '_' (each pair becomes one more level of emphasis), and a paragraph full of
/// link openings "](" that never close (each one is followed to the paragraph's end). Real prose has neither.
/// </summary>
public static class MarkdownGuard
{
    /// <summary>"***" is the longest run emphasis uses; 32 leaves room for decoration and costs nothing.</summary>
    public const int MaxDelimiterRun = 32;

    /// <summary>Unclosed "](" openings times the paragraph's length: 10^8 characters scanned takes well under a second.</summary>
    public const long MaxLinkScanWork = 100_000_000;

    /// <summary>The first such shape in a body, with its 1-based line and column in the body and a message; null when there is none.</summary>
    public static (int Line, int Column, string Message)? Find(string body)
    {
        var lines = body.Split('\n');
        var fence = "";
        var paragraphStart = 0;
        long paragraphLength = 0, openings = 0, closings = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (line.Trim().Length == 0 || i == lines.Length)
            {
                if (paragraphLength > 0 && Math.Max(0, openings - closings) * paragraphLength > MaxLinkScanWork)
                    return (paragraphStart + 1, 1, $"this paragraph has {openings - closings} link openings '](' that never close; each makes the parser read to the paragraph's end. Close the links or escape the brackets as \\[ and \\]");
                paragraphLength = openings = closings = 0;
                paragraphStart = i + 1;
                continue;
            }
            var trimmed = line.TrimStart();
            if (fence.Length > 0)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = "";
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }
            if (IsThematicBreak(trimmed)) continue;
            if (LongRun(line) is { } run)
                return (i + 1, run.Column, $"a run of {run.Length} '{line[run.Column - 1]}' is more than emphasis ever needs (at most {MaxDelimiterRun}) and would take the parser minutes; shorten it, or put it in a fenced code block");
            paragraphLength += line.Length + 1;
            openings += Count(line, "](");
            closings += Count(line, ")");
        }
        return null;
    }

    private static (int Column, int Length)? LongRun(string line)
    {
        for (var j = 0; j < line.Length; j++)
        {
            var c = line[j];
            if (c == '\\') { j++; continue; }
            if (c is not ('*' or '_')) continue;
            var end = j;
            while (end < line.Length && line[end] == c) end++;
            if (end - j > MaxDelimiterRun) return (j + 1, end - j);
            j = end - 1;
        }
        return null;
    }

    /// <summary>"***", "- - -" or a line of 80 '*': a rule, which Markdig reads without any emphasis work.</summary>
    private static bool IsThematicBreak(string trimmed)
    {
        var marks = trimmed.Where(c => c is not (' ' or '\t')).ToList();
        return marks.Count >= 3 && marks[0] is '*' or '-' or '_' && marks.All(c => c == marks[0]);
    }

    private static long Count(string line, string what)
    {
        long count = 0;
        for (var at = line.IndexOf(what, StringComparison.Ordinal); at >= 0; at = line.IndexOf(what, at + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
