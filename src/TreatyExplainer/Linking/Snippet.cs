namespace TreatyExplainer.Linking;

/// <summary>Cuts the words around a mention at word boundaries, marking a cut with an ellipsis.</summary>
public static class Snippet
{
    public static string Before(string text, int end, int maxChars)
    {
        var start = Math.Max(0, end - maxChars);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < end ? space + 1 : start;
        }
        var piece = text[start..end];
        return start > 0 ? "…" + piece.TrimStart() : piece.TrimStart();
    }

    public static string After(string text, int start, int maxChars)
    {
        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        var piece = text[start..end];
        return end < text.Length ? piece.TrimEnd() + "…" : piece.TrimEnd();
    }
}
