namespace TreatyExplainer.Tests.Support;

/// <summary>Small, valid content files for tests, so each test states only what it is about.</summary>
public static class Entries
{
    public const string Words = "This sentence is filler so that the entry is long enough to be a real page and not a stub. ";

    public static string Glossary(string title, string kind, string body, string aliases = "[]", string extra = "") =>
        $"---\ntitle: {title}\nkind: {kind}\nsummary: About {title}.\naliases: {aliases}\n{extra}---\n{body}\n";

    public static string Person(string title, string body = "A person.", string aliases = "[]") => Glossary(title, "person", body, aliases);

    public static string Island(string title, string body = "An island.", string aliases = "[]") => Glossary(title, "island", body, aliases);

    /// <summary>A disputed island each side names differently: Iturup, which Japan calls Etorofu.</summary>
    public static readonly (string Path, string Text) Iturup = ("input/islands/iturup.md", Glossary("Iturup", "island", "An island.", "[Etorofu]",
        "disputed: true\nnames: { en: Iturup, ja: 択捉島, ru: Итуруп, ja_latin: Etorofu, ru_latin: Iturup }\n"));

    public static string Treaty(string title, string body = "A treaty.", string aliases = "[]", string date = "1956-10-19") =>
        Glossary(title, "treaty", body, aliases, $"date: {date}\n");

    public static string Source(string title, string body) =>
        $"---\ntitle: {title}\nkind: source\nsummary: A report.\noutlet: Example News\npublished: 2016-04-15\nheadline: \"A headline\"\n---\n{body}\n";
}
