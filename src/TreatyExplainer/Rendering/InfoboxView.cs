using System.Globalization;
using Scriban.Runtime;
using TreatyExplainer.Content;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// The rows of an entry's infobox, from its front matter: an island's area, population, administration and claim;
/// a treaty's dates, parties and text; a person's offices. A sourced figure carries its citation marker, numbered
/// with the page's other citations. Names in three scripts come from the names partial beside these rows.
/// </summary>
public sealed class InfoboxView(SiteModel model)
{
    public List<ScriptObject> Rows(Entry entry)
    {
        var meta = entry.Meta;
        var markers = model.Pages[entry.Index].Citations.Infobox;
        var rows = new List<ScriptObject>();
        if (meta.Area is { } area)
            rows.Add(Row("Area", Number(area.Value) + " km²", area.Date.Long, area.Date.Iso, "", Marker(markers, "area")));
        if (meta.Population is { } population)
            rows.Add(Row("Population", Number(population.Value), population.Date.Long, population.Date.Iso, "as of ", Marker(markers, "population")));
        if (meta.AdministeredBy is { } administered) rows.Add(Row("Administered by", administered));
        if (meta.ClaimedBy is { } claimed) rows.Add(Row("Claimed by", claimed));
        if (entry.Kind == Kind.Treaty)
        {
            if (meta.Date is { } signed) rows.Add(Row("Signed", null, Dates.Long(signed), Dates.Iso(signed)));
            if (meta.InForce is { } inForce) rows.Add(Row("In force", null, Dates.Long(inForce), Dates.Iso(inForce)));
        }
        if (meta.Parties.Count > 0) rows.Add(Row("Parties", string.Join(", ", meta.Parties)));
        if (meta.TreatyText is { } text && model.Index.Find(text.Value) is { } work && work.Kind.IsCitable())
        {
            var row = Row("Text", work.Title);
            row["href"] = model.Urls.Href(work.Path);
            rows.Add(row);
        }
        if (entry.Kind == Kind.Person && meta.Roles.Count > 0)
        {
            var row = Row("Offices", null);
            row["items"] = meta.Roles.ToList();
            rows.Add(row);
        }
        return rows;
    }

    private static ScriptObject Row(string label, string? text, string? date = null, string? dateIso = null, string datePrefix = "", HtmlString? marker = null) => new()
    {
        ["label"] = label,
        ["text"] = text,
        ["href"] = null,
        ["date"] = date,
        ["date_iso"] = dateIso,
        ["date_prefix"] = datePrefix,
        ["marker"] = marker,
        ["items"] = null,
    };

    private static HtmlString? Marker(IReadOnlyDictionary<string, ResolvedCitation> markers, string field) =>
        markers.TryGetValue(field, out var marker) ? new HtmlString(CitationRenderer.Markers([marker])) : null;

    /// <summary>"3,168" and "6,916": grouped as English prose writes numbers, whatever the machine's culture.</summary>
    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
