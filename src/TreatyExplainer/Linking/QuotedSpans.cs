namespace TreatyExplainer.Linking;

/// <summary>Which characters of a text stand inside double quotation marks: names there are quoted words, never renamed.</summary>
public static class QuotedSpans
{
    public static bool[] Of(string text)
    {
        var inside = new bool[text.Length];
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
            inside[i] = open;
        }
        return inside;
    }
}
