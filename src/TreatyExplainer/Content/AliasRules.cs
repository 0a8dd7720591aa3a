using System.Text;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Content;

/// <summary>
/// Every alias becomes an auto-link on every page and a short URL, so one that is too short or a common word
/// ("the", "a", 日) would link all over the site. Such aliases are errors at the alias.
/// </summary>
public static class AliasRules
{
    /// <summary>Two letters ("UN", "EU") name things; one letter never does. A single CJK character is a word only where the entry itself is named so.</summary>
    public const int MinimumLetters = 2;

    /// <summary>English function words and pronouns: each would link in nearly every sentence.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "but", "by",
        "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "more", "most", "my", "no", "not", "now",
        "of", "on", "only", "or", "other", "our", "out", "over", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "under", "up",
        "upon", "us", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your",
    };

    public static void Check(IReadOnlyList<Alias> aliases, string title, Names names, FrontMatterReport report)
    {
        foreach (var alias in aliases)
        {
            if (Problem(alias, title, names) is { } problem)
                report.Add(alias.Position, DiagnosticCodes.BadAlias, $"alias '{alias.Text}' {problem}");
        }
    }

    private static string? Problem(Alias alias, string title, Names names)
    {
        var letters = alias.Text.EnumerateRunes().Count(Rune.IsLetterOrDigit);
        var cjk = alias.Text.EnumerateRunes().Any(IsCjk);
        var ownName = alias.Text == title || alias.Text == names.Ja || alias.Text == names.En || alias.Text == names.Ru;
        if (letters < MinimumLetters && !(cjk && ownName))
        {
            return cjk
                ? $"is one character: it would link inside countless words; use a longer form, or make it the entry's title or 'names.ja'"
                : $"is shorter than {MinimumLetters} letters: it would link inside countless sentences; use a longer form";
        }
        var lower = alias.Text.ToLowerInvariant();
        var asTyped = alias.IgnoreCase || alias.Text == lower || alias.Text == Capitalised(lower);
        return StopWords.Contains(lower) && asTyped
            ? "is a common English word: it would link in nearly every sentence; use the entry's real name"
            : null;
    }

    private static string Capitalised(string lower) => lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];

    private static bool IsCjk(Rune rune) => rune.Value is
        (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0xAC00 and <= 0xD7AF) or (>= 0x20000 and <= 0x2FFFF);
}
