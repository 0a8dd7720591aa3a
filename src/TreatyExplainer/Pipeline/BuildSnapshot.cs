using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Rendering;
using TreatyExplainer.Sharing;
using TreatyExplainer.Site;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// Everything a committed build knew, kept so the next save can redo only what it touches (see <see cref="IncrementalBuild"/>).
/// <see cref="ThemeAndShareCardDiagnostics"/> holds the theme's and the og:image cards' diagnostics. <see cref="Fixed"/> holds the diagnostics of the stages a body-only edit cannot change: reading, front matter, the
/// index and primary references. <see cref="Heads"/> is each file's text before its body: its front matter. <see cref="Files"/> is the set of output files this build wrote, and
/// <see cref="FilesBefore"/> the set the build before it wrote, which is what the back buffer now holds (null when unknown).
/// <see cref="Renderer"/> is kept so incremental builds reuse its template contexts, which cost more to make than a page.
/// </summary>
public sealed record BuildSnapshot(
    int Generation,
    DateOnly Today,
    IReadOnlyDictionary<string, ParsedDocument> Documents,
    IReadOnlyDictionary<string, string> Heads,
    IReadOnlyList<Diagnostic> Fixed,
    IReadOnlyList<Diagnostic> ThemeAndShareCardDiagnostics,
    SiteModel Model,
    IReadOnlyList<IReadOnlyList<Diagnostic>> LinkDiagnostics,
    Theme Theme,
    GeneratedAssets Generated,
    IReadOnlyList<PageOutcome> Outcomes,
    IReadOnlySet<string> Files,
    IReadOnlySet<string>? FilesBefore,
    PageRenderer? Renderer = null)
{
    /// <summary>The og:image cards, made from titles and the map, which a body-only edit cannot change.</summary>
    public ShareImages Share { get; init; } = ShareImages.None;
}
