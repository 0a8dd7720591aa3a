using System.Text;

namespace TreatyExplainer.Citations;

/// <summary>
/// Names a text uses: runs of capitalised Latin or Cyrillic words ("Yohei Kono", "Южные Курилы") and runs of CJK
/// ideographs or katakana ("色丹島"). A lone capitalised word opening a sentence is not taken, nor are function
/// words and month names, which are capitalised without being names.
/// </summary>
public static class CapitalisedNames
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "In", "On", "At", "Of", "For", "And", "But", "Or", "It", "Its", "This", "That", "These", "Those",
        "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "After", "Before", "When", "While", "As", "By", "From",
        "To", "With", "Since", "Under", "Both", "Each", "Neither", "Nor", "If", "Some", "Most", "No", "Not", "So", "Yet",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>The distinct names in <paramref name="text"/>; characters set to '\0' count as a break between words.</summary>
    public static IEnumerable<string> Find(string text)
    {
        var run = new List<string>();
        var runAtSentenceStart = true;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < text.Length && IsCjk(text[i])) i++;
                if (i - start >= 2) yield return text[start..i];
                foreach (var name in Flush(run, runAtSentenceStart)) yield return name;
                continue;
            }
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                var word = StripPossessive(text[start..i]);
                if (char.IsUpper(word[0]) && !NotNames.Contains(word))
                {
                    if (run.Count == 0) runAtSentenceStart = sentenceStart;
                    run.Add(word);
                }
                else
                {
                    foreach (var name in Flush(run, runAtSentenceStart)) yield return name;
                }
                sentenceStart = false;
                continue;
            }
            if (c is not (' ' or '\n'))
            {
                foreach (var name in Flush(run, runAtSentenceStart)) yield return name;
                if (c is '.' or '!' or '?' or ':' or '“' or '"' or '(' or '\0') sentenceStart = true;
            }
            i++;
        }
        foreach (var name in Flush(run, runAtSentenceStart)) yield return name;
    }

    private static IEnumerable<string> Flush(List<string> run, bool atSentenceStart)
    {
        if (run.Count > 1 || (run.Count == 1 && !atSentenceStart)) yield return string.Join(' ', run);
        run.Clear();
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u30A0' and <= '\u30FF');

    /// <summary>The text with each span replaced by breaks, so names inside an entry's own name are not counted apart.</summary>
    public static string Mask(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var masked = new StringBuilder(text);
        foreach (var (start, length) in spans)
        {
            for (var k = start; k < start + length; k++) masked[k] = '\0';
        }
        return masked.ToString();
    }
}
