using TreatyExplainer.Content;
using TreatyExplainer.Site;

namespace TreatyExplainer.Site;

/// <summary>The bibliographic view of anything a page may cite: a reference entry, or a news digest in seeds/ as a news report.</summary>
public static class Works
{
    public static ReferenceMeta? Of(Entry entry) => entry.Kind switch
    {
        Kind.Reference => entry.Meta.Reference,
        Kind.Source when entry.Meta.Published is { } published => new ReferenceMeta
        {
            Type = "news",
            Publisher = entry.Meta.Outlet,
            Published = new PartialDate(published.Year, published.Month, published.Day),
            Url = entry.Meta.Url,
        },
        _ => null,
    };

    /// <summary>Whether a work states the position of <paramref name="side"/>; joint texts state both.</summary>
    public static bool Speaks(Entry entry, params string[] sides) =>
        Of(entry) is { } work && work.Sides.Any(sides.Contains);
}
