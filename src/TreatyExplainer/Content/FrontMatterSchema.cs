namespace TreatyExplainer.Content;

/// <summary>
/// The single description of front matter. The validator checks against it and the editors' docs are generated
/// from it, so the two cannot drift apart.
/// </summary>
public static class FrontMatterSchema
{
    private static readonly Kind[] All = Enum.GetValues<Kind>();
    private static readonly Kind[] Glossary = [.. KindExtensions.GlossaryKinds];
    private static readonly Kind[] Dated = [Kind.Treaty, Kind.Event];
    private static readonly Kind[] Reviewable = [.. Glossary, Kind.Reference, Kind.Page];
    private static readonly Kind[] Published = [Kind.Source, Kind.Reference];

    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        new("title", FieldType.Text, All, All, "The display name: the page heading and the first name auto-linking looks for.", "Iturup"),
        new("kind", FieldType.Kind, All, All, "What the file is: island, person, treaty, term, event, source (seeds/ only), reference (input/references/) or page.", "island"),
        new("summary", FieldType.Text, All, [.. Glossary, Kind.Source], "One sentence for listings, link previews and the meta description.", "The largest of the four disputed islands."),
        new("aliases", FieldType.Aliases, Glossary, [], "Every other name a text may use; each becomes an auto-link. Write `{ name: …, ignore_case: true }` for a case-insensitive one.", "[Etorofu, 択捉島, Итуруп]"),
        new("names", FieldType.Names, Glossary, [], "Native names: `en`, `ja`, `ru`; for places also `ja_latin` and `ru_latin`, the Latin spelling each side uses.", "{ en: Iturup, ja: 択捉島, ru: Итуруп, ja_latin: Etorofu, ru_latin: Iturup }"),
        new("date", FieldType.Date, Dated, Dated, "YYYY-MM-DD: when a treaty was signed, or when an event began. Places it on the timeline.", "1956-10-19"),
        new("in_force", FieldType.Date, [Kind.Treaty], [], "YYYY-MM-DD: when a treaty entered into force, where that differs from signing.", "1956-12-12"),
        new("end_date", FieldType.Date, [Kind.Event], [], "YYYY-MM-DD: the last day of an event that lasted more than a day.", "1945-09-05"),
        new("roles", FieldType.TextList, [Kind.Person], [], "The offices that matter here, with their years.", "[\"Minister for Foreign Affairs of Russia (2004–)\"]"),
        new("disputed", FieldType.Boolean, [Kind.Island], [], "true for the islands Japan claims and Russia administers: the map marks them, and readers may choose which side's names they read.", "true"),
        new("lat", FieldType.Number, [Kind.Island], [], "Latitude in decimal degrees, for the map.", "45.0"),
        new("lon", FieldType.Number, [Kind.Island], [], "Longitude in decimal degrees, for the map.", "147.9"),
        new("area", FieldType.SourcedFigure, [Kind.Island], [], "For the infobox: the area in km², the year of the figure and the id of the reference that gives it. Only a figure the page's own references state.", "{ km2: 3168, year: 2020, source: mofa-northern-territories-information }"),
        new("population", FieldType.SourcedFigure, [Kind.Island], [], "For the infobox: the number of inhabitants, the date of the count (YYYY-MM-DD, YYYY-MM or YYYY) and the id of the reference that gives it.", "{ count: 6916, as_of: 2023-01-01, source: hokkaido-shimbun-2023-05-30-population }"),
        new("administered_by", FieldType.Text, [Kind.Island], [], "For the infobox: who governs the place today, as the page says.", "Russia (Kurilsky District, Sakhalin Oblast)"),
        new("claimed_by", FieldType.Text, [Kind.Island], [], "For the infobox: who else claims the place, as the page says.", "Japan (Nemuro Subprefecture, Hokkaido)"),
        new("parties", FieldType.TextList, [Kind.Treaty], [], "For the infobox: the states (or leaders) that signed or issued the text.", "[Soviet Union, Japan]"),
        new("treaty_text", FieldType.Id, [Kind.Treaty], [], "For the infobox: the id of the reference, of type treaty-text, that gives the text itself.", "joint-declaration-1956-text"),
        new("sources", FieldType.IdList, Glossary, [], "Ids of the source documents (seeds/) that support the page.", "[kyodo-2016-04-15]"),
        new("outlet", FieldType.Text, [Kind.Source], [Kind.Source], "Who published the report.", "Kyodo News"),
        new("via", FieldType.Text, [Kind.Source], [], "Where our copy of the report came from, if not the outlet itself.", "Nikkei Asian Review, quoted in a forum thread"),
        new("published", FieldType.Date, Published, [Kind.Source], "YYYY-MM-DD: when the report was published. A reference may give only YYYY or YYYY-MM, and an undated web page none, if it has url and accessed.", "2016-04-15"),
        new("headline", FieldType.Text, [Kind.Source], [Kind.Source], "The report's original headline, verbatim.", "\"Japan, Russia agree to plan Abe talks with Putin in Russia\""),
        new("url", FieldType.AbsoluteUrl, Published, [], "The document's address, only where you have seen the page itself; a reference's must be https.", "https://example.org/article"),
        new("type", FieldType.ReferenceType, [Kind.Reference], [Kind.Reference], "What the work is: treaty-text, official-statement, official-record, scholarly, news or reference-work.", "official-statement"),
        new("publisher", FieldType.Text, [Kind.Reference], [], "Who published it: a ministry, a press, a newspaper. A reference needs a publisher, an author or both.", "Ministry of Foreign Affairs of Japan"),
        new("author", FieldType.Text, [Kind.Reference], [], "Who wrote it, where a person or body is named as author.", "John J. Stephan"),
        new("archive_url", FieldType.AbsoluteUrl, [Kind.Reference], [], "An archived copy (https), such as a Wayback Machine address you have opened.", "https://web.archive.org/web/2020/https://example.org/"),
        new("accessed", FieldType.Date, [Kind.Reference], [], "YYYY-MM-DD: when you read the page at `url`; required when `url` is given.", "2026-11-30"),
        new("language", FieldType.Text, [Kind.Reference], [], "The language of the text, as a code: en, ja, ru.", "ja"),
        new("side", FieldType.Sides, [Kind.Reference], [], "Whose position it states: japan, russia, soviet-union or third-party, or a list for a joint text. Required for official-statement and official-record.", "[japan, russia]"),
        new("primary_reference", FieldType.Id, Dated, [], "The id of the reference the timeline cites for this entry: the treaty's text, the event's main official statement.", "joint-declaration-1956-text"),
        new("reviewed", FieldType.Date, Reviewable, [], "YYYY-MM-DD: when an editor last checked the page against its references. Shown on the page; a date over 180 days old is a warning.", "2026-11-30"),
        new("layout", FieldType.Layout, [Kind.Page], [], "home, timeline or page (the default).", "timeline"),
        new("redirect_from", FieldType.PathList, All, [], "Old URLs of this page; each redirects here.", "[/islands/etorofu-island/]"),
        new("updated", FieldType.Date, All, [], "YYYY-MM-DD: the last-updated date to show where git history is not available.", "2026-11-23"),
    ];

    public static readonly IReadOnlyList<string> NameKeys = ["en", "ja", "ru", "ja_latin", "ru_latin"];

    public static readonly IReadOnlyList<string> Layouts = ["page", "home", "timeline"];

    public static readonly IReadOnlyList<string> ReferenceTypes = ["treaty-text", "official-statement", "official-record", "scholarly", "news", "reference-work"];

    public static readonly IReadOnlyList<string> Sides = ["japan", "russia", "soviet-union", "third-party"];

    private static readonly Dictionary<string, FieldSpec> ByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static FieldSpec? Find(string key) => ByKey.GetValueOrDefault(key);
}
