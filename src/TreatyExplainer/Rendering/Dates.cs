using System.Globalization;

namespace TreatyExplainer.Rendering;

public static class Dates
{
    /// <summary>"19 October 1956": unambiguous to readers on both sides of the Pacific.</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Long(DateOnly? date) => date is { } d ? Long(d) : null;

    public static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;
}
