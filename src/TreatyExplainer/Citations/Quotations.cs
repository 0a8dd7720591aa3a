using TreatyExplainer.Linking;

namespace TreatyExplainer.Citations;

/// <summary>Direct quotations in a text: words between “ and ”, or between a pair of straight double quotes.</summary>
public static class Quotations
{
    public const int MinimumWords = 8;

    /// <summary>The start and the quoted words of each quotation of <see cref="MinimumWords"/> or more.</summary>
    public static IEnumerable<(int Start, string Words)> Long(string text)
    {
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && c is '“' or '"')
            {
                open = i;
                closer = c == '“' ? '”' : '"';
            }
            else if (open >= 0 && c == closer)
            {
                var quoted = text[(open + 1)..i];
                if (PlainText.CountWords(quoted) >= MinimumWords) yield return (open, quoted);
                open = -1;
            }
        }
    }
}
