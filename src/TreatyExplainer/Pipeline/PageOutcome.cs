using TreatyExplainer.Checks;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// One page as the last build left it: its HTML, what its checks kept, what they reported, and the build generation in
/// which its bytes last differed from the build before. Links are null when the page had diagnostics, which makes the
/// next incremental build render and check it again rather than trust them.
/// </summary>
public sealed record PageOutcome(
    string SitePath,
    string SourcePath,
    string Html,
    PageFacts Facts,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<LinkReference>? Links,
    int ChangedAt);
