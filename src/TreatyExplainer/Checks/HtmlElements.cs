using System.Collections.Frozen;

namespace TreatyExplainer.Checks;

/// <summary>
/// The elements <see cref="MarkupScanner"/> knows, sorted by how the HTML5 tree builder treats their start tags
/// (WHATWG HTML, 13.2.6.4.7, "in body"). Anything not listed sends the page to AngleSharp.
/// </summary>
internal static class HtmlElements
{
    /// <summary>Start tags that close an open p first; the scanner gives up when one would.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address article aside blockquote details div dl fieldset figcaption figure footer header main nav ol p section summary ul " +
        "h1 h2 h3 h4 h5 h6 pre form table hr");

    /// <summary>Ordinary elements: inserted as they come, whatever is open.</summary>
    public static readonly FrozenSet<string> Phrasing = Set(
        "abbr b bdi bdo cite code data del dfn em i ins kbd label legend mark q s samp small span strong sub sup time u var");

    /// <summary>Void elements allowed in the body; they never have an end tag.</summary>
    public static readonly FrozenSet<string> BodyVoid = Set("br img input wbr hr link meta");

    /// <summary>SVG elements whose content is plain SVG (no scripts, styles or embedded HTML); an a is read as a link, like HTML's.</summary>
    public static readonly FrozenSet<string> Svg = Set(
        "svg a g path circle ellipse line polyline polygon rect text tspan title desc defs use symbol clippath lineargradient radialgradient stop mask pattern marker");

    /// <summary>The "special" category, which stops the search for an open li, dd or dt.</summary>
    public static readonly FrozenSet<string> Special = Set(
        "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed " +
        "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing " +
        "main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table " +
        "tbody td template textarea tfoot th thead title tr track ul wbr xmp");

    /// <summary>Elements that bound "button scope", where the tree builder looks for an open p.</summary>
    public static readonly FrozenSet<string> ButtonScope = Set("applet caption html table td th marquee object template button");

    /// <summary>Table parts: only inside the part they belong to.</summary>
    public static readonly FrozenDictionary<string, string> TableParent = new Dictionary<string, string>
    {
        ["thead"] = "table", ["tbody"] = "table", ["tfoot"] = "table", ["colgroup"] = "table",
        ["tr"] = "thead tbody tfoot", ["td"] = "tr", ["th"] = "tr", ["col"] = "colgroup",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Elements in which only whitespace and table parts may stand.</summary>
    public static readonly FrozenSet<string> TableContext = Set("table thead tbody tfoot tr colgroup");

    private static readonly FrozenSet<string> Structure = Set("html head body title script style noscript li dd dt a button td th thead tbody tfoot tr colgroup col");

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names =
        ClosesParagraph.Concat(Phrasing).Concat(BodyVoid).Concat(Svg).Concat(Structure)
            .Distinct(StringComparer.Ordinal).ToFrozenDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The known element a tag name (in any case) names, or null.</summary>
    public static string? Known(ReadOnlySpan<char> name) => Names.TryGetValue(name, out var known) ? known : null;

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static FrozenSet<string> Set(string names) => names.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
