using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// What the stages up to linking made: the index and each entry's linked page, and for <c>serve</c> also the parsed
/// documents, the diagnostics found before linking, and each page's linking diagnostics (empty lists otherwise).
/// </summary>
internal sealed record LinkedSite(
    SiteIndex Index,
    IReadOnlyList<LinkedPage> Pages,
    IReadOnlyList<ParsedDocument> Parsed,
    IReadOnlyDictionary<string, string> Heads,
    IReadOnlyList<Diagnostic> Fixed,
    IReadOnlyList<IReadOnlyList<Diagnostic>> LinkDiagnostics);
