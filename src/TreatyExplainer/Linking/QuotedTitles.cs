namespace TreatyExplainer.Linking;

/// <summary>
/// A cited work's title quoted in running text ("Japan, Russia agree to plan Abe talks with Putin") is the work's
/// words, not ours: names in it are not linked. A title is known when a source gives it as its <c>headline</c>.
/// </summary>
public static class QuotedTitles
{
    /// <summary>Marks the characters of every quotation in <paramref name="text"/> whose words are a known title.</summary>
    public static void Mark(string text, IReadOnlySet<string> titles, bool[] marked)
    {
        if (titles.Count == 0) return;
        var i = text.AsSpan().IndexOfAny('"', '“');
        while (i >= 0 && i < text.Length)
        {
            var close = text.IndexOf(text[i] == '“' ? '”' : '"', i + 1);
            if (close < 0) return;
            if (titles.Contains(Key(text.AsSpan(i + 1, close - i - 1)))) Array.Fill(marked, true, i, close - i + 1);
            var next = text.AsSpan(close + 1).IndexOfAny('"', '“');
            i = next < 0 ? -1 : close + 1 + next;
        }
    }

    /// <summary>The title as a source gives it: without surrounding spaces, or the comma or full stop a sentence may put inside the quotation marks.</summary>
    public static ReadOnlySpan<char> Words(ReadOnlySpan<char> quoted) => quoted.Trim().TrimEnd(",.").TrimEnd();

    /// <summary>The title's words with apostrophes straight, so a headline's "Lavrov's" matches the text's typographic "Lavrov’s".</summary>
    public static string Key(ReadOnlySpan<char> quoted) => Words(quoted).ToString().Replace('’', '\'');
}
