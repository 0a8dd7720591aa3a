using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Site;

/// <summary>
/// Every document by id, and every name running text may call a glossary entry by (title and aliases), for the
/// linker's matcher. Built once per build; conflicts between entries are diagnostics here, not surprises later.
/// </summary>
public sealed class SiteIndex
{
    /// <summary>Page ids whose URL the site already uses for a listing, the assets, search, the A–Z index or the 404 page.</summary>
    public static readonly IReadOnlySet<string> ReservedPageIds = new HashSet<string>(
        KindExtensions.ListedKinds.Select(k => k.Folder()).Concat(["assets", "search", Routes.Names.Trim('/'), "404"]), StringComparer.Ordinal);

    private readonly Dictionary<string, Entry> _byId;
    private readonly Dictionary<string, Entry> _byPath;

    private SiteIndex(IReadOnlyList<Entry> entries, IReadOnlyList<EntryName> names, IReadOnlyDictionary<int, PlaceName> placeNames)
    {
        Entries = entries;
        Names = names;
        PlaceNames = placeNames;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _byPath = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    /// <summary>Entries in ordinal path order; an entry's <see cref="Entry.Index"/> is its position here.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Every glossary entry's names, none claimed by two entries; empty when auto-linking is off.</summary>
    public IReadOnlyList<EntryName> Names { get; }

    /// <summary>The disputed places each side names differently, by entry index.</summary>
    public IReadOnlyDictionary<int, PlaceName> PlaceNames { get; }

    public Entry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entry whose page is at a site path such as /people/sergey-lavrov/.</summary>
    public Entry? FindByPath(string sitePath) => _byPath.GetValueOrDefault(sitePath);

    public static SiteIndex Build(IReadOnlyList<ContentDocument> documents, DiagnosticBag diagnostics, bool autoLink = true)
    {
        var entries = new List<Entry>();
        var firstById = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (firstById.TryGetValue(document.Id, out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(document.Path, 1, 1, DiagnosticCodes.DuplicateId,
                    $"id '{document.Id}' is already used by {earlier.Path}; file names must be unique across the site"));
                continue;
            }
            if (document.Kind == Kind.Page && ReservedPageIds.Contains(document.Id))
            {
                diagnostics.Add(Diagnostic.Error(document.Path, 1, 1, DiagnosticCodes.DuplicateId,
                    $"page id '{document.Id}' would take the URL /{document.Id}/, which the site already uses; rename the file"));
                continue;
            }
            firstById[document.Id] = document;
            entries.Add(new Entry(entries.Count, document, Routes.PathOf(document.Kind, document.Id)));
        }

        if (!firstById.TryGetValue("index", out var home) || home.Kind != Kind.Page)
            diagnostics.Add(Diagnostic.Error("input/index.md", 1, 1, DiagnosticCodes.MissingHome, "the site has no home page: add input/index.md with 'kind: page'"));
        CheckRedirects(entries, diagnostics);
        CheckSources(entries, firstById, diagnostics);
        var placeNames = CollectPlaceNames(entries);
        var names = CollectNames(entries, placeNames, diagnostics);
        return new SiteIndex(entries, autoLink ? names : [], placeNames);
    }

    private static void CheckSources(List<Entry> entries, Dictionary<string, ContentDocument> byId, DiagnosticBag diagnostics)
    {
        foreach (var entry in entries)
        {
            foreach (var source in entry.Meta.Sources)
            {
                if (byId.TryGetValue(source.Value, out var document) && document.Kind == Kind.Source) continue;
                diagnostics.Add(Diagnostic.Error(entry.Document.Path, source.Position.Line, source.Position.Column, DiagnosticCodes.UnknownSource,
                    $"unknown source id '{source.Value}': sources name files in seeds/ without '.md'"));
            }
        }
    }

    private static void CheckRedirects(List<Entry> entries, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries) taken[entry.Path] = entry.Document.Path;
        foreach (var kind in KindExtensions.ListedKinds) taken[Routes.ListingPath(kind)] = "a listing page";
        foreach (var entry in entries)
        {
            foreach (var redirect in entry.Meta.RedirectFrom)
            {
                if (ServedBySite(redirect.Value) is { } served)
                {
                    diagnostics.Add(Diagnostic.Error(entry.Document.Path, redirect.Position.Line, redirect.Position.Column, DiagnosticCodes.ReservedRedirect,
                        $"redirect_from '{redirect.Value}' would send readers away from {served}, which the site serves itself; remove it"));
                    continue;
                }
                if (taken.TryGetValue(redirect.Value, out var owner))
                {
                    diagnostics.Add(Diagnostic.Error(entry.Document.Path, redirect.Position.Line, redirect.Position.Column, DiagnosticCodes.DuplicateId,
                        $"redirect_from '{redirect.Value}' is already the URL of {owner}"));
                    continue;
                }
                taken[redirect.Value] = entry.Document.Path;
            }
        }
    }

    /// <summary>What the generator itself publishes at a path no entry owns: the search page, the index of names, the not-found page, the theme's assets.</summary>
    private static string? ServedBySite(string path)
    {
        if (path == Routes.Search) return "the search page";
        if (path == Routes.Names) return "the index of names";
        if (path == "/404/") return "the not-found page";
        return path.StartsWith("/assets/", StringComparison.Ordinal) ? "the theme's assets under /assets/" : null;
    }

    private static Dictionary<int, PlaceName> CollectPlaceNames(List<Entry> entries) =>
        entries
            .Where(e => e.Meta.Disputed && e.Meta.Names is { RuLatin: { } ru, JaLatin: { } ja } && !string.Equals(ru, ja, StringComparison.Ordinal)
                && IsName(e, ru) && IsName(e, ja))
            .ToDictionary(e => e.Index, e => new PlaceName(e.Index, e.Meta.Names.RuLatin!, e.Meta.Names.JaLatin!));

    /// <summary>A romanisation ("Khabomai") is not a name texts use; only the title and aliases are.</summary>
    private static bool IsName(Entry entry, string name) =>
        entry.Title == name || entry.Meta.Aliases.Any(a => a.Text == name);

    /// <summary>
    /// The title and aliases of every glossary entry, and for places with two names both names and the written
    /// pairs "Iturup (Etorofu)" and "Etorofu (Iturup)", so a pair is one mention. A name claimed by two entries is
    /// an error naming both files.
    /// </summary>
    private static List<EntryName> CollectNames(List<Entry> entries, Dictionary<int, PlaceName> placeNames, DiagnosticBag diagnostics)
    {
        var collected = new List<EntryName>();
        var owners = new Dictionary<string, (Entry Entry, Alias Alias)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => e.Kind.IsGlossary()))
        {
            var names = new List<Alias> { new(entry.Title, IgnoreCase: false, entry.Meta.TitlePosition) };
            names.AddRange(entry.Meta.Aliases);
            if (placeNames.TryGetValue(entry.Index, out var place))
            {
                foreach (var form in new[] { place.Russian, place.Japanese, place.Both, $"{place.Japanese} ({place.Russian})" })
                    names.Add(new Alias(form, IgnoreCase: false, entry.Meta.TitlePosition));
            }
            var own = new HashSet<(string, bool)>();
            foreach (var alias in names)
            {
                if (!own.Add((alias.Text, alias.IgnoreCase))) continue;
                if (owners.TryGetValue(alias.Text, out var owner) && owner.Entry != entry && Collides(alias, owner.Alias))
                {
                    diagnostics.Add(Diagnostic.Error(entry.Document.Path, alias.Position.Line, alias.Position.Column, DiagnosticCodes.DuplicateAlias,
                        $"the name '{alias.Text}' is claimed by both {owner.Entry.Document.Path} and {entry.Document.Path}; a name may link to one entry only"));
                    continue;
                }
                owners.TryAdd(alias.Text, (entry, alias));
                collected.Add(new EntryName(alias.Text, entry.Index, alias.IgnoreCase));
            }
        }
        return collected;
    }

    private static bool Collides(Alias a, Alias b) =>
        a.IgnoreCase || b.IgnoreCase || string.Equals(a.Text, b.Text, StringComparison.Ordinal);
}
