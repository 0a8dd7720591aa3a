using TreatyExplainer.Content;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// "Mentioned in": the pages that link to an entry, grouped by kind in the site's order of kinds, events by date and
/// the rest by title. The first <see cref="ShownFirst"/> are <see cref="Shown"/>; the others wait in <see cref="More"/>,
/// behind a "Show all" that needs no script.
/// </summary>
public sealed record MentionedIn(IReadOnlyList<MentionGroup> Shown, IReadOnlyList<MentionGroup> More, int Total)
{
    public const int ShownFirst = 8;

    public static MentionedIn Of(IEnumerable<Mention> mentions, IReadOnlyList<Entry> entries)
    {
        var ordered = mentions
            .Select(m => (Mention: m, From: entries[m.FromEntry]))
            .OrderBy(x => x.From.Kind)
            .ThenBy(x => x.From.Kind == Kind.Event ? x.From.Meta.Date : null)
            // Case folded, so "peace treaty" sorts among the P's and not after every capital.
            .ThenBy(x => x.From.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.From.Path, StringComparer.Ordinal)
            .Select(x =>
            {
                var (before, after) = MentionSnippet.Fit(x.Mention.Before, x.Mention.Text, x.Mention.After);
                return new MentionItem(x.From, before, x.Mention.Text, after);
            })
            .ToList();
        var shown = Group(ordered.Take(ShownFirst), continued: null);
        var more = Group(ordered.Skip(ShownFirst), continued: shown.Count > 0 ? shown[^1].Kind : null);
        return new MentionedIn(shown, more, ordered.Count);
    }

    private static List<MentionGroup> Group(IEnumerable<MentionItem> items, Kind? continued) =>
        items.GroupBy(i => i.From.Kind)
            .Select(g => new MentionGroup(g.Key, [.. g], Continued: g.Key == continued))
            .ToList();
}
