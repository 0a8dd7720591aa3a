using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// "Iturup (Etorofu; Japanese 択捉島…)": the author already gave both names in words of their own, so neither
/// the name before the bracket nor the one opening it is rewritten.
/// </summary>
public static class BracketedNames
{
    public static bool WrittenInBrackets(string text, MentionMatch match, PlaceName place)
    {
        var after = text.AsSpan(match.End).TrimStart();
        if (after.Length > 0 && after[0] == '(' && StartsWithName(after[1..].TrimStart(), place)) return true;
        var before = text.AsSpan(0, match.Start).TrimEnd();
        return before.Length > 0 && before[^1] == '(' && EndsWithName(before[..^1].TrimEnd(), place);
    }

    private static bool StartsWithName(ReadOnlySpan<char> text, PlaceName place) =>
        text.StartsWith(place.Japanese, StringComparison.Ordinal) || text.StartsWith(place.Russian, StringComparison.Ordinal);

    private static bool EndsWithName(ReadOnlySpan<char> text, PlaceName place) =>
        text.EndsWith(place.Japanese, StringComparison.Ordinal) || text.EndsWith(place.Russian, StringComparison.Ordinal);
}
