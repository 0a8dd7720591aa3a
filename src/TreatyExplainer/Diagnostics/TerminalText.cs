using System.Globalization;
using System.Text;

namespace TreatyExplainer.Diagnostics;

/// <summary>
/// Makes text from content safe to print on one line of a terminal or CI log: ANSI escape sequences are dropped,
/// and control characters, Unicode line breaks and bidi overrides are shown as escapes (<c>\n</c>, <c>\u202E</c>).
/// A value in a diagnostic can then neither start a new log line (a forged <c>::error</c> or
/// <c>::stop-commands::</c>) nor recolour, move or hide what the terminal shows.
/// </summary>
public static class TerminalText
{
    private const char Escape = '\u001B';
    private const char Bell = '\u0007';

    public static string Clean(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var clean = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
                i = EndOfEscapeSequence(text, i);
            else if (IsUnsafe(c))
                clean.Append(Visible(c));
            else
                clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Visible(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };

    /// <summary>The index of the last character of the sequence ESC starts: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), or ESC and one more.</summary>
    private static int EndOfEscapeSequence(string text, int start)
    {
        if (start + 1 >= text.Length) return start;
        var i = start + 2;
        switch (text[start + 1])
        {
            case '[':
                while (i < text.Length && text[i] is >= '\u0020' and <= '\u003F') i++;
                return Math.Min(i, text.Length - 1);
            case ']':
                for (; i < text.Length; i++)
                {
                    if (text[i] == Bell) return i;
                    if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\') return i + 1;
                }
                // Never terminated: drop only the introducer, so the rest stays visible.
                return start + 1;
            default:
                return start + 1;
        }
    }
}
