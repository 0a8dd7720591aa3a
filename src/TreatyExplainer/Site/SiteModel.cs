using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>The whole site as the templates see it: every page and the views across pages, computed once.</summary>
public sealed class SiteModel
{
    private readonly IReadOnlyList<Mention>[] _incoming;
    private readonly IReadOnlyDictionary<string, DateOnly> _history;
    private readonly IReadOnlyList<Entry>[] _citedBy;

    private SiteModel(SiteIndex index, SiteUrls urls, IReadOnlyList<LinkedPage> pages, IReadOnlyList<Mention>[] incoming,
        IReadOnlyDictionary<string, DateOnly> history, IReadOnlyList<TimelineItem>? timeline = null)
    {
        _history = history;
        Index = index;
        Urls = urls;
        Pages = pages;
        _incoming = incoming;
        _citedBy = CitingPages(index, pages);
        Timeline = timeline ?? BuildTimeline(index);
        LinkCount = pages.Sum(p => p.Mentions.Count);
    }

    public SiteIndex Index { get; }

    public SiteUrls Urls { get; }

    /// <summary>Linked pages, at the index of their entry.</summary>
    public IReadOnlyList<LinkedPage> Pages { get; }

    public IReadOnlyList<TimelineItem> Timeline { get; }

    public int LinkCount { get; }

    public static SiteModel Build(SiteIndex index, SiteUrls urls, IReadOnlyList<LinkedPage> pages, IReadOnlyDictionary<string, DateOnly>? history = null)
    {
        var incoming = new List<Mention>[index.Entries.Count];
        for (var i = 0; i < incoming.Length; i++) incoming[i] = [];
        // Pages come in path order, so each list is already in a stable order. A page's mentions all come from it and
        // arrive together, so keeping the first mention per page means skipping one from the page just added.
        foreach (var page in pages)
        {
            foreach (var mention in page.Mentions)
            {
                var list = incoming[mention.ToEntry];
                if (list.Count == 0 || list[^1].FromEntry != mention.FromEntry) list.Add(mention);
            }
        }
        return new SiteModel(index, urls, pages, incoming, history ?? new Dictionary<string, DateOnly>());
    }

    /// <summary>
    /// The model after some pages were linked again over the same index (<c>serve</c> after body edits): the same as
    /// <see cref="Build"/> would give, but only the "Mentioned in" lists of entries the changed pages mention, before
    /// or after, are made again. At 10,000 pages rebuilding every list was most of an edit's model stage.
    /// </summary>
    public SiteModel WithPages(IReadOnlyList<LinkedPage> pages, IReadOnlyCollection<int> changed)
    {
        var incoming = (IReadOnlyList<Mention>[])_incoming.Clone();
        var touched = changed.SelectMany(p => Pages[p].Mentions.Concat(pages[p].Mentions)).Select(m => m.ToEntry).ToHashSet();
        foreach (var entry in touched)
        {
            // Still in page order with one mention per page: the changed pages' old mentions out, their new first ones in.
            var list = incoming[entry].Where(m => !changed.Contains(m.FromEntry))
                .Concat(changed.Select(p => pages[p].Mentions.FirstOrDefault(m => m.ToEntry == entry)).OfType<Mention>())
                .OrderBy(m => m.FromEntry)
                .ToList();
            incoming[entry] = list;
        }
        return new SiteModel(Index, Urls, pages, incoming, _history, Timeline);
    }

    /// <summary>When the entry's file last changed: its last commit, else front matter's <c>updated</c>, else unknown.</summary>
    public DateOnly? LastUpdated(Entry entry) =>
        _history.TryGetValue(entry.Document.Path, out var date) ? date : entry.Meta.Updated;

    /// <summary>Every page that links to the entry, one mention each, in path order.</summary>
    public IReadOnlyList<Mention> MentionsOf(Entry entry) => _incoming[entry.Index];

    /// <summary>Every page that cites the work, in path order.</summary>
    public IReadOnlyList<Entry> CitedBy(Entry work) => _citedBy[work.Index];

    public IReadOnlyList<Entry> Listing(Kind kind)
    {
        var entries = Index.Entries.Where(e => e.Kind == kind);
        return kind switch
        {
            Kind.Treaty or Kind.Event => [.. entries.OrderBy(e => e.Meta.Date).ThenBy(e => e.Title, StringComparer.Ordinal)],
            Kind.Source => [.. entries.OrderBy(e => e.Meta.Published).ThenBy(e => e.Title, StringComparer.Ordinal)],
            _ => [.. entries.OrderBy(e => e.Title, StringComparer.Ordinal)],
        };
    }

    private static IReadOnlyList<Entry>[] CitingPages(SiteIndex index, IReadOnlyList<LinkedPage> pages)
    {
        var citing = new List<Entry>[index.Entries.Count];
        for (var i = 0; i < citing.Length; i++) citing[i] = [];
        foreach (var page in pages)
        {
            foreach (var work in page.Citations.Works) citing[work.Entry].Add(index.Entries[page.Entry]);
        }
        return citing;
    }

    private static List<TimelineItem> BuildTimeline(SiteIndex index) =>
        index.Entries
            .Where(e => e.Kind.IsGlossary() && e.Meta.Date is not null)
            .Select(e => new TimelineItem(e, e.Meta.Date!.Value, e.Meta.EndDate, Eras.Of(e.Meta.Date!.Value)))
            .OrderBy(t => t.Date)
            .ThenBy(t => t.Entry.Title, StringComparer.Ordinal)
            .ToList();
}
