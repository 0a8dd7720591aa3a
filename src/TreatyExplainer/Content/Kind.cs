namespace TreatyExplainer.Content;

public enum Kind
{
    Island,
    Person,
    Treaty,
    Term,
    Event,
    Source,
    Page,
    Reference,
}

public static class KindExtensions
{
    public static readonly IReadOnlyList<Kind> GlossaryKinds = [Kind.Island, Kind.Person, Kind.Treaty, Kind.Term, Kind.Event];

    public static readonly IReadOnlyList<Kind> ListedKinds = [.. GlossaryKinds, Kind.Source, Kind.Reference];

    public static bool IsGlossary(this Kind kind) => kind is not (Kind.Source or Kind.Page or Kind.Reference);

    /// <summary>Kinds a citation may name: published works, whether a reference entry or a news digest in seeds/.</summary>
    public static bool IsCitable(this Kind kind) => kind is Kind.Reference or Kind.Source;

    /// <summary>The name used in front matter: <c>kind: island</c>.</summary>
    public static string Name(this Kind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The URL folder of the kind: /islands/, /people/ ... Pages sit at the root.</summary>
    public static string Folder(this Kind kind) => kind switch
    {
        Kind.Island => "islands",
        Kind.Person => "people",
        Kind.Treaty => "treaties",
        Kind.Term => "terms",
        Kind.Event => "events",
        Kind.Source => "sources",
        Kind.Reference => "references",
        _ => "",
    };

    /// <summary>The heading of the kind's listing page.</summary>
    public static string PluralTitle(this Kind kind) => kind switch
    {
        Kind.Island => "Islands and places",
        Kind.Person => "People",
        Kind.Treaty => "Treaties and documents",
        Kind.Term => "Terms",
        Kind.Event => "Events",
        Kind.Source => "Sources",
        Kind.Reference => "References",
        _ => "Pages",
    };

    public static bool TryParse(string text, out Kind kind)
    {
        foreach (var candidate in Enum.GetValues<Kind>())
        {
            if (string.Equals(candidate.Name(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
