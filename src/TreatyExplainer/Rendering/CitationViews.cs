using Scriban.Runtime;
using TreatyExplainer.Citations;
using TreatyExplainer.Content;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>What templates read about cited works: a page's reference list, a reference's own facts, and the listing by type.</summary>
public sealed class CitationViews(SiteModel model)
{
    private static readonly string[] BackLinkLetters = [.. "abcdefghijklmnopqrstuvwxyz".Select(c => c.ToString())];

    public static string TypeTitle(string type) => type switch
    {
        "treaty-text" => "Treaty texts",
        "official-statement" => "Official statements",
        "official-record" => "Official records",
        "scholarly" => "Scholarship",
        "news" => "News reports",
        _ => "Reference works",
    };

    public static string SideTitle(string side) => side switch
    {
        "japan" => "Japan",
        "russia" => "Russia",
        "soviet-union" => "Soviet Union",
        _ => "Third party",
    };

    /// <summary>The page's "References" list, numbered as its markers are, each item with links back to every marker.</summary>
    public List<ScriptObject> ListOf(Entry page) =>
        model.Pages[page.Index].Citations.Works.Select((cited, i) =>
        {
            var item = Work(model.Index.Entries[cited.Entry]);
            item["list_id"] = cited.ListId;
            item["number"] = i + 1;
            item["backlinks"] = cited.MarkerIds.Select((marker, k) => new ScriptObject
            {
                ["href"] = "#" + marker,
                ["label"] = k < BackLinkLetters.Length ? BackLinkLetters[k] : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            return item;
        }).ToList();

    /// <summary>A work's bibliographic facts: who, what, when, where to read it.</summary>
    public ScriptObject Work(Entry entry)
    {
        var work = Works.Of(entry);
        var headline = entry.Kind == Kind.Source ? entry.Meta.Headline : null;
        return new ScriptObject
        {
            ["title"] = headline ?? entry.Title,
            ["href"] = model.Urls.Href(entry.Path),
            ["by"] = work is null ? null : string.Join(", ", new[] { work.Author, work.Publisher }.OfType<string>()),
            ["author"] = work?.Author,
            ["publisher"] = work?.Publisher,
            ["type"] = work?.Type,
            ["type_title"] = work is null ? null : TypeTitle(work.Type),
            ["date"] = work?.Published?.Long,
            ["date_iso"] = work?.Published?.Iso,
            ["url"] = work?.Url,
            ["archive_url"] = work?.ArchiveUrl,
            ["accessed"] = Dates.Long(work?.Accessed),
            ["accessed_iso"] = Dates.Iso(work?.Accessed),
            ["language"] = work?.Language,
            ["sides"] = work is null ? new List<string>() : work.Sides.Select(SideTitle).ToList(),
        };
    }

    /// <summary>The pages that cite a work, for its own page and the listing.</summary>
    public List<ScriptObject> CitedIn(Entry work) =>
        model.CitedBy(work).Select(page => new ScriptObject { ["title"] = page.Title, ["href"] = model.Urls.Href(page.Path) }).ToList();

    /// <summary>Every citable work, grouped by type in the schema's order, each with where it is cited.</summary>
    public List<ScriptObject> ByType() =>
        model.Index.Entries
            .Where(e => e.Kind.IsCitable() && Works.Of(e) is not null)
            .GroupBy(e => Works.Of(e)!.Type)
            .OrderBy(g => FrontMatterSchema.ReferenceTypes.ToList().IndexOf(g.Key))
            .Select(group => new ScriptObject
            {
                ["id"] = "type-" + group.Key,
                ["title"] = TypeTitle(group.Key),
                ["items"] = group
                    .OrderBy(e => Works.Of(e)!.Published)
                    .ThenBy(e => e.Title, StringComparer.Ordinal)
                    .Select(e =>
                    {
                        var item = Work(e);
                        item["cited_in"] = CitedIn(e);
                        return item;
                    }).ToList(),
            })
            .ToList();

    /// <summary>The one work a timeline item cites: its entry's primary reference, or nothing.</summary>
    public ScriptObject? Primary(Entry entry) =>
        entry.Meta.PrimaryReference is { } primary && model.Index.Find(primary.Value) is { } work && work.Kind.IsCitable() ? Work(work) : null;
}
