namespace TreatyExplainer.Content;

/// <summary>
/// The body's typography (<see cref="TypographyExtension"/>) for the plain front-matter text pages show beside it:
/// titles, summaries, headlines and roles get “ ” ‘ ’ ’ – — … as the text does, so a title and the sentence that
/// names it read alike.
/// </summary>
public static class PlainTypography
{
    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny("\"'-.") < 0) return text;
        var chars = text.Replace("---", "—", StringComparison.Ordinal).Replace("--", "–", StringComparison.Ordinal)
            .Replace("...", "…", StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var opens = i == 0 || OpensAfter(chars[i - 1]);
            if (chars[i] == '"') chars[i] = opens ? '“' : '”';
            else if (chars[i] == '\'') chars[i] = opens && i + 1 < chars.Length && char.IsLetterOrDigit(chars[i + 1]) && IsClosedAfter(chars, i + 1) ? '‘' : '’';
        }
        return new string(chars);
    }

    public static string? ApplyOrNull(string? text) => text is null ? null : Apply(text);

    private static bool OpensAfter(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '–' or '—' or '“' or '‘';

    /// <summary>Whether a single quote later on closes a quotation: it follows a non-space and no letter follows it.</summary>
    private static bool IsClosedAfter(char[] chars, int from)
    {
        for (var j = from; j < chars.Length; j++)
        {
            if (chars[j] == '\'' && !char.IsWhiteSpace(chars[j - 1]) && (j + 1 == chars.Length || !char.IsLetterOrDigit(chars[j + 1]))) return true;
        }
        return false;
    }
}
