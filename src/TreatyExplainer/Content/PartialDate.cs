using System.Globalization;

namespace TreatyExplainer.Content;

/// <summary>A publication date known to the year, the month or the day: 1956, 1956-10 or 1956-10-19.</summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static PartialDate? TryParse(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            return format.Length switch
            {
                10 => new PartialDate(date.Year, date.Month, date.Day),
                7 => new PartialDate(date.Year, date.Month, null),
                _ => new PartialDate(date.Year, null, null),
            };
        }
        return null;
    }

    /// <summary>"19 October 1956", "October 1956" or "1956", as the rest of the site writes dates.</summary>
    public string Long => Day is { } day
        ? new DateOnly(Year, Month!.Value, day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : Month is { } month ? new DateOnly(Year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : Year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The form a <c>time</c> element's datetime takes: 1956, 1956-10 or 1956-10-19.</summary>
    public string Iso => Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{day:00}")
        : Month is { } month ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}")
        : Year.ToString("0000", CultureInfo.InvariantCulture);

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));
}
