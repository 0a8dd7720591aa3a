using System.Globalization;
using Scriban.Runtime;
using TreatyExplainer.Content;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Turns the site model into the plain variables templates read. Templates see text, lists and
/// <see cref="HtmlString"/> only, never the model's own types.
/// </summary>
public sealed class ViewBuilder(SiteModel model, Theme theme, GeneratedAssets generated, Sharing.ShareImages share)
{
    private readonly CitationViews _citations = new(model);
    private readonly InfoboxView _infobox = new(model);

    /// <summary>A page gets a contents list from this many body sections up; fewer are seen at a glance.</summary>
    public const int ContentsMinimumSections = 3;

    public const string SiteTitle = "TreatyExplainer";

    /// <summary>The site path of every page, in the order of <see cref="Job"/>.</summary>
    public static IEnumerable<string> PagePaths(SiteModel model) =>
        model.Index.Entries.Select(e => e.Path).Concat(KindExtensions.ListedKinds.Select(Routes.ListingPath))
            .Append(Routes.NotFound).Append(Routes.Search).Append(Routes.Names);

    /// <summary>How many pages there are: one per entry, one listing per listed kind, the 404 page, the search page and the A–Z index.</summary>
    public int Count => model.Index.Entries.Count + KindExtensions.ListedKinds.Count + 3;

    /// <summary>The job for page <paramref name="index"/>, built on demand so only pages being rendered hold their variables.</summary>
    public RenderJob Job(int index)
    {
        var entries = model.Index.Entries.Count;
        if (index < entries) return EntryJob(model.Index.Entries[index]);
        var listings = entries + KindExtensions.ListedKinds.Count;
        if (index < listings) return ListingJob(KindExtensions.ListedKinds[index - entries]);
        return (index - listings) switch
        {
            0 => NotFoundJob(),
            1 => ThemePageJob(Routes.Search, "Search", "Find any island, person, treaty, term or event by any of its names, in English, Japanese or Russian.", "search"),
            _ => NamesJob(),
        };
    }

    /// <summary>Every name A to Z: search without JavaScript, and a way to browse.</summary>
    private RenderJob NamesJob()
    {
        var job = ThemePageJob(Routes.Names, "Every name, A to Z", "Every island, person, treaty, term and event by each of its names, in English, Japanese or Russian.", "a-z");
        job.Variables["names"] = IndexOfNames.Of(model.Index)
            .Select(line => new ScriptObject { ["name"] = line.Name, ["title"] = line.Entry.Title, ["href"] = model.Urls.Href(line.Entry.Path), ["same"] = line.IsTitle })
            .ToList();
        return job;
    }

    /// <summary>A page the generator makes from a theme layout alone, at a path of its own.</summary>
    private RenderJob ThemePageJob(string path, string title, string description, string layout) =>
        new(path, $"{Path.GetFileName(theme.Directory)}/layouts/{layout}.sbn", "layouts/" + layout, Common(path, title, description));

    private RenderJob NotFoundJob()
    {
        var variables = Common(Routes.NotFound, "Page not found", "There is no page at this address.");
        variables["type"] = "website";
        variables["start_here"] = StartHere();
        return new RenderJob(Routes.NotFound, $"{Path.GetFileName(theme.Directory)}/layouts/404.sbn", "layouts/404", variables);
    }

    private RenderJob EntryJob(Entry entry)
    {
        var variables = Common(entry.Path, entry.Title, entry.Meta.Summary);
        variables["page"] = EntryView(entry);
        variables["type"] = entry.Kind == Kind.Page ? "website" : "article";
        var updated = model.LastUpdated(entry);
        variables["updated"] = Dates.Long(updated);
        variables["updated_iso"] = Dates.Iso(updated);
        var linked = model.Pages[entry.Index];
        var body = BodyLayout.WrapPositions(linked.BodyHtml, linked.Sections);
        if (entry.Meta.Layout == "home")
        {
            (var lede, body) = BodyLayout.SplitLede(body);
            variables["lede"] = lede.Length > 0 ? new HtmlString(lede) : null;
        }
        variables["content"] = new HtmlString(body);
        variables["contents"] = linked.Sections.Count >= ContentsMinimumSections
            ? linked.Sections.Select(s => new ScriptObject { ["id"] = s.Id, ["title"] = s.Title }).ToList()
            : new List<ScriptObject>();
        variables["infobox"] = _infobox.Rows(entry);
        variables["mentioned_in"] = MentionedInView.Of(model, entry);
        variables["cited_sources"] = entry.Meta.Sources.Select(s => model.Index.Find(s.Value)).OfType<Entry>().Select(Summary).ToList();
        variables["references"] = _citations.ListOf(entry);
        variables["reviewed"] = Dates.Long(entry.Meta.Reviewed?.Value);
        variables["reviewed_iso"] = Dates.Iso(entry.Meta.Reviewed?.Value);
        if (entry.Kind.IsCitable())
        {
            variables["work"] = _citations.Work(entry);
            variables["cited_in"] = _citations.CitedIn(entry);
        }
        if (entry.Meta.Layout == "timeline") variables["timeline"] = Timeline();
        if (entry.Meta.Layout == "home")
        {
            variables["start_here"] = StartHere();
            variables["map"] = MapOf(null);
        }
        if (entry.Kind == Kind.Island && generated.Places.Any(p => p.Id == entry.Id)) variables["map"] = MapOf(entry.Id);
        return new RenderJob(entry.Path, entry.Document.Path, LayoutOf(entry), variables);
    }

    private RenderJob ListingJob(Kind kind)
    {
        var path = Routes.ListingPath(kind);
        var variables = Common(path, kind.PluralTitle(), ListingSummary(kind));
        variables["listing"] = model.Listing(kind).Select(Summary).ToList();
        variables["kind"] = kind.Name();
        var layout = kind == Kind.Reference ? "references" : "listing";
        if (kind == Kind.Reference) variables["groups"] = _citations.ByType();
        return new RenderJob(path, $"{Path.GetFileName(theme.Directory)}/layouts/{layout}.sbn", "layouts/" + layout, variables);
    }

    private static string LayoutOf(Entry entry) =>
        entry.Kind == Kind.Page ? "layouts/" + entry.Meta.Layout : "layouts/" + entry.Kind.Name();

    private ScriptObject Common(string sitePath, string title, string? description)
    {
        var nav = new List<ScriptObject>();
        foreach (var kind in KindExtensions.GlossaryKinds)
            nav.Add(Link(kind.PluralTitle(), Routes.ListingPath(kind), sitePath));
        if (model.Index.Find("timeline") is { Kind: Kind.Page }) nav.Add(Link("Timeline", Routes.Timeline, sitePath));
        nav.Add(Link("Sources", Routes.ListingPath(Kind.Source), sitePath));
        nav.Add(Link("References", Routes.ListingPath(Kind.Reference), sitePath));
        return new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = SiteTitle,
                ["home"] = model.Urls.Href("/"),
                ["nav"] = nav,
                ["timeline"] = PageHref("timeline"),
                ["about"] = PageHref("about"),
                ["search"] = model.Urls.Href(Routes.Search),
                ["names"] = model.Urls.Href(Routes.Names),
                ["previews"] = model.Urls.Href(generated.PreviewsPath),
                ["search_index"] = model.Urls.Href(generated.SearchPath),
                ["map_legend"] = TreatyExplainer.Map.MapRenderer.Legend,
            },
            ["title"] = title,
            ["description"] = description ?? "",
            ["url"] = model.Urls.Href(sitePath),
            // Only absolute URLs are valid here; without a host they are left out (the build warns once).
            ["canonical"] = model.Urls.IsAbsolute ? model.Urls.Absolute(sitePath) : null,
            ["share_image"] = ShareImageView(model.Index.FindByPath(sitePath) is { } entry ? share.For(entry) : share.Site),
            ["page"] = null,
            ["type"] = "website",
            ["updated"] = null,
            ["updated_iso"] = null,
            ["content"] = new HtmlString(""),
            ["lede"] = null,
            ["contents"] = new List<ScriptObject>(),
            ["infobox"] = new List<ScriptObject>(),
            ["mentioned_in"] = null,
            ["map"] = null,
            ["cited_sources"] = new List<ScriptObject>(),
            ["references"] = new List<ScriptObject>(),
            ["reviewed"] = null,
            ["reviewed_iso"] = null,
        };
    }

    private ScriptObject? ShareImageView(Sharing.ShareImage? image) => image is null ? null : new ScriptObject
    {
        ["url"] = model.Urls.Absolute(image.SitePath),
        ["width"] = Sharing.ShareCard.Width,
        ["height"] = Sharing.ShareCard.Height,
        ["alt"] = image.Alt,
    };

    private HtmlString MapOf(string? highlight) => new(generated.Map(highlight));

    /// <summary>The href of a free-standing page, or null when the site has none, so the theme never links to nothing.</summary>
    private string? PageHref(string id) => model.Index.Find(id) is { Kind: Kind.Page } page ? model.Urls.Href(page.Path) : null;

    private ScriptObject Link(string title, string path, string currentPath) => new()
    {
        ["title"] = title,
        ["href"] = model.Urls.Href(path),
        ["current"] = string.Equals(path, currentPath, StringComparison.Ordinal),
    };

    private ScriptObject EntryView(Entry entry)
    {
        var meta = entry.Meta;
        return new ScriptObject
        {
            ["id"] = entry.Id,
            ["kind"] = entry.Kind.Name(),
            ["title"] = entry.Title,
            ["href"] = model.Urls.Href(entry.Path),
            ["summary"] = meta.Summary,
            ["names"] = NamesView(meta.Names),
            ["date"] = Dates.Long(meta.Date),
            ["date_iso"] = Dates.Iso(meta.Date),
            ["end_date"] = Dates.Long(meta.EndDate),
            ["end_date_iso"] = Dates.Iso(meta.EndDate),
            ["lat"] = meta.Lat?.ToString("0.###", CultureInfo.InvariantCulture),
            ["lon"] = meta.Lon?.ToString("0.###", CultureInfo.InvariantCulture),
            ["outlet"] = meta.Outlet,
            ["via"] = meta.Via,
            ["published"] = Dates.Long(meta.Published),
            ["published_iso"] = Dates.Iso(meta.Published),
            ["headline"] = meta.Headline,
            ["source_url"] = meta.Url,
            ["kind_title"] = entry.Kind.PluralTitle(),
            ["kind_href"] = entry.Kind == Kind.Page ? null : model.Urls.Href(Routes.ListingPath(entry.Kind)),
        };
    }

    private static ScriptObject? NamesView(Names names)
    {
        if (names.IsEmpty) return null;
        return new ScriptObject
        {
            ["en"] = names.En,
            ["ja"] = names.Ja,
            ["ru"] = names.Ru,
            ["ja_latin"] = names.JaLatin,
            ["ru_latin"] = names.RuLatin,
        };
    }

    private ScriptObject Summary(Entry entry) => new()
    {
        ["title"] = entry.Title,
        ["href"] = model.Urls.Href(entry.Path),
        ["summary"] = entry.Meta.Summary,
        ["kind"] = entry.Kind.Name(),
        ["date"] = Dates.Long(entry.Meta.Date ?? entry.Meta.Published),
        ["date_iso"] = Dates.Iso(entry.Meta.Date ?? entry.Meta.Published),
        ["outlet"] = entry.Meta.Outlet,
        ["names"] = NamesView(entry.Meta.Names),
    };

    private List<ScriptObject> Timeline() =>
        model.Timeline
            .GroupBy(t => t.Era)
            .Select(era => new ScriptObject
            {
                ["era"] = era.Key,
                ["id"] = "era-" + era.First().Date.Year.ToString(CultureInfo.InvariantCulture),
                ["items"] = era.Select(t =>
                {
                    var item = Summary(t.Entry);
                    item["end_date"] = Dates.Long(t.EndDate);
                    item["primary"] = _citations.Primary(t.Entry);
                    return item;
                }).ToList(),
            })
            .ToList();

    private List<ScriptObject> StartHere() =>
        KindExtensions.GlossaryKinds
            .Where(k => k is Kind.Island or Kind.Treaty)
            .Select(k => new ScriptObject
            {
                ["title"] = k.PluralTitle(),
                ["href"] = model.Urls.Href(Routes.ListingPath(k)),
                ["items"] = model.Listing(k).Where(e => k != Kind.Island || e.Meta.Disputed).Select(Summary).ToList(),
            })
            .ToList();

    private static string ListingSummary(Kind kind) => kind switch
    {
        Kind.Island => "The four disputed islands and the places around them, with both sides' names.",
        Kind.Person => "The leaders, ministers and diplomats who appear in the story.",
        Kind.Treaty => "The treaties, declarations and statements each side cites, in the order they were signed.",
        Kind.Term => "The words of the dispute, and who uses them.",
        Kind.Event => "Meetings, summits and turning points, in date order.",
        Kind.Reference => "The published works this site cites, by type: treaty texts, each government's own statements and records, scholarship and news, each with the pages that cite it.",
        _ => "The news reports this site is built from, with a digest of each in our own words.",
    };
}
