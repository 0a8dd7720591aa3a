using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>What an editor should look at next, across the whole site. Serialised as is for <c>report --json</c>.</summary>
public sealed record EditorReport(
    IReadOnlyList<PageReport> Pages,
    IReadOnlyList<string> UncitedReferences,
    IReadOnlyList<CandidateName> Candidates);

/// <summary>One page's findings, and how many of the works it cites speak for each side ("none" for works that speak for none).</summary>
public sealed record PageReport(
    string Path,
    IReadOnlyList<UncitedParagraph> UncitedParagraphs,
    IReadOnlyList<StalePhrase> StalePhrases,
    SortedDictionary<string, int> ReferencesBySide);

/// <summary>A name several pages use that has no entry: perhaps it should have one.</summary>
public sealed record CandidateName(string Name, int PageCount, IReadOnlyList<string> Pages);
