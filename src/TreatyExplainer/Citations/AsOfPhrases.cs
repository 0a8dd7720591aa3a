using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyExplainer.Citations;

/// <summary>"as of February 2026" (or "as of 3 February 2026"): a claim dated by its writer, which goes stale.</summary>
public static partial class AsOfPhrases
{
    /// <summary>How old a dated claim or a review may grow before the build warns.</summary>
    public const int MaximumAgeDays = 180;

    public static IEnumerable<(int Start, string Phrase, DateOnly Date)> Find(string text)
    {
        foreach (Match match in Phrase().Matches(text))
        {
            var month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < 1 or > 9999) continue;
            // A phrase naming only the month is true until the month ends.
            var date = match.Groups["day"].Success && int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day) && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            yield return (match.Index, match.Value.Replace('\n', ' '), date);
        }
    }

    public static bool IsStale(DateOnly date, DateOnly today) => today.DayNumber - date.DayNumber > MaximumAgeDays;

    [GeneratedRegex(@"\b[Aa]s of\s+(?:(?<day>\d{1,2})\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
