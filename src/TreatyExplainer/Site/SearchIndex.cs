using System.Globalization;
using System.Text;
using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>
/// The data behind search, fetched the first time a reader searches: every entry with all its names in every
/// script (folded for matching), and the text of every page and source document for full-text search (references: their summary).
/// </summary>
public static class SearchIndex
{
    public sealed record EntryRecord(string U, string T, string K, string S, IReadOnlyList<string> N);

    public sealed record PageRecord(string U, string T, string X);

    /// <param name="Places">Each disputed place's Russian and Japanese names, so results show a place the text renamed in the reader's choice.</param>
    public sealed record Index(IReadOnlyList<EntryRecord> Entries, IReadOnlyList<PageRecord> Pages, IReadOnlyList<IReadOnlyList<string>> Places);

    public static Index Build(SiteModel model)
    {
        var entries = model.Index.Entries
            .Where(e => e.Kind.IsGlossary())
            .Select(e => new EntryRecord(model.Urls.Href(e.Path), e.Title, e.Kind.PluralTitle(), e.Meta.Summary ?? "", NamesOf(e, model)))
            .ToList();
        var pages = model.Index.Entries
            .Select(e => new PageRecord(model.Urls.Href(e.Path), e.Title, FullText(e, model)))
            .ToList();
        var places = model.Index.PlaceNames.Values
            .OrderBy(p => p.Entry)
            .Select(p => (IReadOnlyList<string>)[p.Russian, p.Japanese])
            .ToList();
        return new Index(entries, pages, places);
    }

    /// <summary>
    /// A page's searchable text. A reference is found by its title and summary: its notes describe a document, and
    /// indexing hundreds of them would double what a first search downloads for words the explainer pages already hold.
    /// </summary>
    private static string FullText(Entry entry, SiteModel model) =>
        entry.Kind == Kind.Reference ? entry.Meta.Summary ?? "" : model.Pages[entry.Index].SearchText.Trim();

    /// <summary>Every name of an entry, folded: "Etorofu", "択捉島", "итуруп" all find Iturup.</summary>
    public static IReadOnlyList<string> NamesOf(Entry entry, SiteModel model)
    {
        var names = new List<string> { entry.Title };
        names.AddRange(entry.Meta.Aliases.Select(a => a.Text));
        var n = entry.Meta.Names;
        names.AddRange(new[] { n.En, n.Ja, n.Ru, n.JaLatin, n.RuLatin }.OfType<string>());
        return [.. names.Select(Fold).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Lower case without accents, width variants or curly quotes, as the search script folds what the reader types.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Titles and text have typographic quotes; a reader types straight ones.
            folded.Append(c switch { '’' or '‘' => '\'', '“' or '”' => '"', _ => char.ToLowerInvariant(c) });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
