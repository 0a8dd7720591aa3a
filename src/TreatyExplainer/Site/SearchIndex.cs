using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>
/// The data behind search, fetched the first time a reader searches: one record per page, glossary entries first,
/// with its title, other names (folded for matching), summary and text kept apart so that the search script can rank
/// a name match above a summary match, and both above a match in the text.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// A page: href, title, kind, summary, its entry's other names in every script (folded; glossary entries only) and
    /// its text (none for a reference: found by its summary, its notes describe a document, and indexing hundreds of
    /// them would double what a first search downloads for words the explainer pages already hold).
    /// </summary>
    public sealed record PageRecord(
        string U,
        string T,
        string K,
        string S,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? N,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? X);

    public static IReadOnlyList<PageRecord> Build(SiteModel model) => [.. Order(model.Index).Select(e => RecordOf(model, e))];

    /// <summary>The entries in the order of their records: glossary entries first, then in the index's order.</summary>
    public static IReadOnlyList<Entry> Order(SiteIndex index) => [.. index.Entries.OrderBy(e => e.Kind.IsGlossary() ? 0 : 1)];

    /// <summary>One entry's record; it depends on the entry and its linked page only.</summary>
    public static PageRecord RecordOf(SiteModel model, Entry e) => new(
        model.Urls.Href(e.Path),
        e.Title,
        e.Kind.PluralTitle(),
        e.Meta.Summary ?? "",
        e.Kind.IsGlossary() && OtherNames(e) is { Count: > 0 } names ? names : null,
        e.Kind == Kind.Reference || model.Pages[e.Index].SearchText.Trim() is not { Length: > 0 } text ? null : text);

    /// <summary>Every name of an entry but its title (the script folds that itself), folded: "Etorofu", "択捉島", "итуруп" all find Iturup.</summary>
    public static IReadOnlyList<string> OtherNames(Entry entry)
    {
        var n = entry.Meta.Names;
        var title = Fold(entry.Title);
        return [.. entry.Meta.Aliases.Select(a => a.Text).Concat(new[] { n.En, n.Ja, n.Ru, n.JaLatin, n.RuLatin }.OfType<string>())
            .Select(Fold).Where(name => name != title).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The file the search page fetches: every page, and each disputed place's Russian and Japanese names, so that a
    /// place the text renamed shows in results in the reader's choice of names.
    /// </summary>
    public sealed record Document(IReadOnlyList<PageRecord> Pages, IReadOnlyList<IReadOnlyList<string>> Places);

    public static Document DocumentOf(SiteModel model) => new(Build(model), Places(model.Index));

    /// <summary>Each disputed place's Russian and Japanese names, in entry order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Places(SiteIndex index) =>
        [.. index.PlaceNames.Values.OrderBy(p => p.Entry).Select(p => (IReadOnlyList<string>)[p.Russian, p.Japanese])];

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
