using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TreatyExplainer.Content;
using TreatyExplainer.Map;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Files the build writes from the site model rather than the theme: the data behind link previews and the search
/// index. Like theme assets, their names carry a content hash.
/// </summary>
public sealed class GeneratedAssets
{
    // Source-generated serialisation: no reflection at start-up, which a cold build would pay for.
    private static readonly GeneratedJson Json = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    private readonly List<ThemeAsset> _files = [];
    private readonly SiteModel _model;

    /// <param name="previous">
    /// The last build's assets, when this build only re-linked some bodies over the same index (<c>serve</c>): previews
    /// and locator maps come from front matter alone and are kept, and the search index copies unedited pages' records.
    /// </param>
    public GeneratedAssets(SiteModel model, GeneratedAssets? previous = null)
    {
        Places = MapPlaces(model);
        if (previous is not null && ReferenceEquals(previous._model.Index, model.Index))
        {
            _files.AddRange(previous._files.Where(f => f.SitePath != previous.SearchPath));
            PreviewsPath = previous.PreviewsPath;
        }
        else
        {
            PreviewsPath = Add("previews", ".json", JsonSerializer.SerializeToUtf8Bytes(Previews(model, LocatorMaps()), Json.SortedDictionaryStringDictionaryStringString));
        }
        Search = SearchIndexFile.Write(model, previous?.Search, Json.PageRecord, Json.IReadOnlyListIReadOnlyListString);
        SearchPath = Add("search-index", ".json", Search.Bytes);
        _model = model;
    }

    public SearchIndexFile Search { get; }

    public IReadOnlyList<MapPlace> Places { get; }

    // Placing labels takes milliseconds and the places rarely change, so a map is drawn once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Maps = new(StringComparer.Ordinal);

    /// <summary>The full map with one place highlighted (or none), drawn once for each set of places.</summary>
    public string Map(string? highlight)
    {
        var key = string.Join('\n', Places) + "\n" + highlight;
        return Maps.GetOrAdd(key, _ => MapRenderer.Render(Places, highlight));
    }

    public string PreviewsPath { get; }

    public string SearchPath { get; }

    public IReadOnlyList<ThemeAsset> Files => _files;

    private string Add(string name, string extension, string text) => Add(name, extension, Encoding.UTF8.GetBytes(text));

    private string Add(string name, string extension, byte[] bytes)
    {
        var path = $"/assets/{name}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}";
        _files.Add(new ThemeAsset(name + extension, path, bytes));
        return path;
    }

    /// <summary>Every place with coordinates; disputed places carry both names in their label.</summary>
    private static List<MapPlace> MapPlaces(SiteModel model) =>
        model.Index.Entries
            .Where(e => e.Kind == Kind.Island && e.Meta.Lat is not null && e.Meta.Lon is not null)
            .Select(e => new MapPlace(
                e.Id,
                model.Index.PlaceNames.TryGetValue(e.Index, out var name) ? name.Both : e.Title,
                e.Meta.Names.Ja,
                e.Meta.Names.Ru,
                e.Meta.Lat!.Value,
                e.Meta.Lon!.Value,
                model.Urls.Href(e.Path),
                e.Meta.Disputed))
            .ToList();

    /// <summary>
    /// The small map an island's preview card shows, by entry id: its locator (120 × 90 px at most), one file per
    /// disputed island, so the card stays within about 320 × 240 px and never covers the text it previews.
    /// </summary>
    private Dictionary<string, string> LocatorMaps() =>
        Places.Where(p => p.Disputed).ToDictionary(p => p.Id, p => Add("locator-" + p.Id, ".svg", MapRenderer.Locator(Places, p.Id)), StringComparer.Ordinal);

    /// <summary>What a preview card shows for each entry, keyed by the entry's href.</summary>
    private static SortedDictionary<string, Dictionary<string, string>> Previews(SiteModel model, IReadOnlyDictionary<string, string> locators)
    {
        var previews = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in model.Index.Entries.Where(e => e.Kind.IsGlossary()))
        {
            var card = new Dictionary<string, string>
            {
                ["title"] = entry.Title,
                ["kind"] = entry.Kind.PluralTitle(),
                ["summary"] = entry.Meta.Summary ?? "",
            };
            var names = PreviewNames(model, entry);
            if (names.Length > 0) card["names"] = names;
            if (locators.TryGetValue(entry.Id, out var locator)) card["map"] = model.Urls.Href(locator);
            previews[model.Urls.Href(entry.Path)] = card;
        }
        foreach (var work in model.Index.Entries.Where(e => e.Kind.IsCitable()))
        {
            if (Site.Works.Of(work) is not { } meta) continue;
            var byline = string.Join(" · ", new[] { meta.Author, meta.Publisher, meta.Published?.Long ?? "undated" }.OfType<string>());
            previews[model.Urls.Href(work.Path)] = new Dictionary<string, string>
            {
                ["title"] = work.Kind == Kind.Source ? work.Meta.Headline ?? work.Title : work.Title,
                ["kind"] = CitationViews.TypeTitle(meta.Type),
                ["byline"] = byline,
                ["summary"] = work.Meta.Summary ?? "",
            };
        }
        return previews;
    }

    /// <summary>"Iturup (Etorofu) · 択捉島 · Итуруп": both sides' names, then the native scripts.</summary>
    private static string PreviewNames(SiteModel model, Entry entry)
    {
        var parts = new List<string>();
        if (model.Index.PlaceNames.TryGetValue(entry.Index, out var place)) parts.Add(place.Both);
        if (entry.Meta.Names.Ja is { } ja) parts.Add(ja);
        if (entry.Meta.Names.Ru is { } ru) parts.Add(ru);
        return string.Join(" · ", parts.Distinct(StringComparer.Ordinal));
    }
}

[JsonSerializable(typeof(SearchIndex.PageRecord))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyList<string>>))]
[JsonSerializable(typeof(SortedDictionary<string, Dictionary<string, string>>))]
internal sealed partial class GeneratedJson : JsonSerializerContext;
