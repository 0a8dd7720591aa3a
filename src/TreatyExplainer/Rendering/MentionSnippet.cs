namespace TreatyExplainer.Rendering;

/// <summary>
/// Fits the words around a mention into a snippet of at most about <see cref="MaxChars"/> characters: the mention
/// stays whole, each side is cut at a word boundary and a cut is marked with an ellipsis. The pieces are plain
/// text the template escapes, so a cut can never split an entity or a tag.
/// </summary>
public static class MentionSnippet
{
    public const int MaxChars = 160;

    private const char Ellipsis = '…';

    /// <summary>The text before and after <paramref name="text"/>, shortened so the three together fit <paramref name="max"/>.</summary>
    public static (string Before, string After) Fit(string before, string text, string after, int max = MaxChars)
    {
        var left = Clean(before);
        var right = Clean(after);
        var leftCut = left.Length > 0 && left[0] == Ellipsis;
        var rightCut = right.Length > 0 && right[^1] == Ellipsis;
        left = left.TrimStart(Ellipsis).TrimStart();
        right = right.TrimEnd(Ellipsis).TrimEnd();

        var room = Math.Max(0, max - text.Length);
        var leftLength = left.Length + (leftCut ? 1 : 0);
        var rightLength = right.Length + (rightCut ? 1 : 0);
        // Half the room each; a side that needs less gives the rest to the other.
        var leftRoom = Math.Max(room / 2, room - rightLength);
        var rightRoom = room - Math.Min(leftLength, leftRoom);
        return (KeepEnd(left, leftRoom, leftCut), KeepStart(right, rightRoom, rightCut));
    }

    /// <summary>The last words of <paramref name="text"/> that fit in <paramref name="room"/> characters, the ellipsis included.</summary>
    private static string KeepEnd(string text, int room, bool alreadyCut)
    {
        if (text.Length + (alreadyCut ? 1 : 0) <= room) return alreadyCut ? Ellipsis + text : text;
        if (room <= 1) return text.Length > 0 || alreadyCut ? Ellipsis.ToString() : "";
        var start = text.Length - (room - 1);
        var space = text.IndexOf(' ', start);
        start = space >= 0 ? space + 1 : SafeStart(text, start);
        return Ellipsis + text[start..];
    }

    /// <summary>The first words of <paramref name="text"/> that fit in <paramref name="room"/> characters, the ellipsis included.</summary>
    private static string KeepStart(string text, int room, bool alreadyCut)
    {
        if (text.Length + (alreadyCut ? 1 : 0) <= room) return alreadyCut ? text + Ellipsis : text;
        if (room <= 1) return text.Length > 0 || alreadyCut ? Ellipsis.ToString() : "";
        var end = room - 1;
        var space = text.LastIndexOf(' ', end);
        end = space > 0 ? space : SafeStart(text, end);
        return text[..end].TrimEnd(' ', ',', ';', ':') + Ellipsis;
    }

    /// <summary>Never starts or ends a piece between the two halves of a surrogate pair.</summary>
    private static int SafeStart(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index + 1 : index;

    /// <summary>Line breaks and the marks that stand in for images and citations become single spaces.</summary>
    private static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny("\n\r\t\uFFFC") < 0 && !text.Contains("  ", StringComparison.Ordinal)) return text;
        var pieces = text.Split([' ', '\n', '\r', '\t', '\uFFFC'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', pieces);
        // Keep the space that separated the snippet from the mention.
        if (text.Length > 0 && char.IsWhiteSpace(text[0]) && joined.Length > 0) joined = " " + joined;
        if (text.Length > 0 && (char.IsWhiteSpace(text[^1]) || text[^1] == '\uFFFC') && joined.Length > 0) joined += " ";
        return joined;
    }
}
