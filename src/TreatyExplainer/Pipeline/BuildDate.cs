using System.Globalization;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// The date a build judges freshness against: <c>--today</c>, else <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds
/// convention: seconds since 1970, UTC), else the clock. Same inputs, same date, same bytes.
/// </summary>
public static class BuildDate
{
    /// <summary>The build date, or an error message naming the value at fault.</summary>
    public static (DateOnly Date, string? Error) Resolve(string? today, string? sourceDateEpoch, DateTime utcNow)
    {
        if (today is not null)
        {
            return DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date, null)
                : (default, $"--today must be a date written YYYY-MM-DD, not '{today}'");
        }
        if (!string.IsNullOrEmpty(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
                return (default, $"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not '{sourceDateEpoch}'");
            return (DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime), null);
        }
        return (DateOnly.FromDateTime(utcNow), null);
    }

    /// <summary>The date from the environment or the clock, for builds whose caller gave none.</summary>
    public static DateOnly FromEnvironment()
    {
        var (date, error) = Resolve(null, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), DateTime.UtcNow);
        return error is null ? date : DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
