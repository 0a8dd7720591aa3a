using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>
/// What one page cites, in the order of first citation (the list numbers them from 1), and what an editor should
/// look at: long uncited paragraphs, stale "as of" phrases, and the capitalised names the text uses.
/// </summary>
public sealed record PageCitations(
    IReadOnlyList<CitedWork> Works,
    IReadOnlyList<UncitedParagraph> Uncited,
    IReadOnlyList<StalePhrase> Stale,
    IReadOnlyList<string> Names)
{
    public static readonly PageCitations None = new([], [], [], []);

    /// <summary>The markers of the infobox's sourced figures, by front-matter key ("area", "population").</summary>
    public IReadOnlyDictionary<string, ResolvedCitation> Infobox { get; init; } = new Dictionary<string, ResolvedCitation>();
}
