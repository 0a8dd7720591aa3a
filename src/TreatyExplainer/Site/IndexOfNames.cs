using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>
/// The A–Z index of names: every title and alias of every glossary entry, sorted as search folds them. Case variants
/// of one entry's name ("1956 Declaration", "1956 declaration") are one line, spelled as the title, or else as the
/// first alias written; the same name on two entries stays two lines, since they lead to different pages.
/// </summary>
public static class IndexOfNames
{
    public sealed record Line(string Name, Entry Entry)
    {
        /// <summary>The line names its entry by its title, so it need not say which entry it leads to.</summary>
        public bool IsTitle => Name == Entry.Title;
    }

    public static IReadOnlyList<Line> Of(SiteIndex index) =>
        [.. index.Entries
            .Where(e => e.Kind.IsGlossary())
            .SelectMany(e => e.Meta.Aliases.Select(a => a.Text).Prepend(e.Title)
                .DistinctBy(name => name, StringComparer.OrdinalIgnoreCase)
                .Select(name => new Line(name, e)))
            .OrderBy(line => SearchIndex.Fold(line.Name), StringComparer.Ordinal)
            .ThenBy(line => line.Name, StringComparer.Ordinal)
            .ThenBy(line => line.Entry.Title, StringComparer.Ordinal)];
}
