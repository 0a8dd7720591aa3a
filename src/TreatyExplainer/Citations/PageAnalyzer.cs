using System.Globalization;
using Markdig.Syntax;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>
/// The checks that read a page's prose against its citations: each side's position cited to that side, long
/// quotations and long paragraphs cited, dated claims and reviews fresh. Given a matcher, also gathers the names the
/// page uses that no entry has, for the editor's report.
/// </summary>
public sealed class PageAnalyzer(SiteIndex index, DateOnly today, MentionMatcher? candidateNames)
{
    /// <summary>A paragraph this long in an island, treaty or event page should cite something.</summary>
    public const int LongParagraphWords = 60;

    // Positions are checked once the site has official references to cite; before, every page would fail alike.
    private readonly bool _checkPositions = index.Entries.Any(e => e.Meta.Reference is { Sides.Count: > 0 });

    public (IReadOnlyList<UncitedParagraph> Uncited, IReadOnlyList<StalePhrase> Stale, IReadOnlyList<string> Names) Analyze(
        Entry page, MarkdownDocument markdown, List<Diagnostic> diagnostics)
    {
        var state = new State(page, diagnostics);
        Walk(markdown, state);
        state.CloseSection(this);
        if (state.Uncited.Count > 0)
        {
            var first = state.Uncited[0];
            diagnostics.Add(Diagnostic.Warning(page.Document.Path, first.Line, 1, DiagnosticCodes.UncitedParagraphs,
                $"{state.Uncited.Count} paragraph(s) of {LongParagraphWords}+ words cite nothing; the first begins '{first.Opening}'"));
        }
        if (page.Meta.Reviewed is { } reviewed && AsOfPhrases.IsStale(reviewed.Value, today))
            diagnostics.Add(Diagnostic.Warning(page.Document.Path, reviewed.Position.Line, reviewed.Position.Column, DiagnosticCodes.StaleReview,
                $"'reviewed: {reviewed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}' is {today.DayNumber - reviewed.Value.DayNumber} days before the build date {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; review the page against its references and update the date"));
        return (state.Uncited, state.Stale, [.. state.Names.Order(StringComparer.Ordinal)]);
    }

    private void Walk(ContainerBlock container, State state)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.Level <= 2 && container is MarkdownDocument:
                    state.CloseSection(this);
                    if (_checkPositions && state.Page.Kind is Kind.Island or Kind.Treaty && PositionSections.Of(heading) is { } section)
                        state.Section = (section.Name, section.Sides, heading.Line, heading.Column, []);
                    break;
                case LeafBlock { Inline: { } inline } leaf and not HeadingBlock:
                    Read(leaf, ParagraphText.Of(inline), state);
                    break;
                case ContainerBlock child:
                    Walk(child, state);
                    break;
            }
        }
    }

    private void Read(LeafBlock block, ParagraphText text, State state)
    {
        var page = state.Page;
        var line = page.Document.BodyLine + block.Line;
        state.Section?.Cited.AddRange(text.Cited);
        if (page.Kind is Kind.Source or Kind.Reference) return; // a digest or a reference note quotes its own document
        var cited = text.Cited.Count > 0;
        if (!cited)
        {
            foreach (var (start, words) in Quotations.Long(text.Text))
            {
                var (offset, column) = text.Locate(start);
                state.Warn(line + offset, offset == 0 ? block.Column + column : column, DiagnosticCodes.UncitedQuotation,
                    $"the quotation “{Opening(words, 8)}” has no citation in its paragraph; cite where it comes from, like [@reference-id]");
            }
            if (page.Kind is Kind.Island or Kind.Treaty or Kind.Event && block is ParagraphBlock && text.Words >= LongParagraphWords)
                state.Uncited.Add(new UncitedParagraph(line, text.Words, Opening(text.Text, 10)));
        }
        foreach (var (start, phrase, date) in AsOfPhrases.Find(text.Text))
        {
            if (!AsOfPhrases.IsStale(date, today)) continue;
            var (offset, column) = text.Locate(start);
            var found = new StalePhrase(line + offset, offset == 0 ? block.Column + column : column, phrase, date);
            state.Stale.Add(found);
            state.Warn(found.Line, found.Column, DiagnosticCodes.StalePhrase,
                $"'{phrase}' is more than {AsOfPhrases.MaximumAgeDays} days before the build date {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; check the claim and update the date");
        }
        if (candidateNames is null) return;
        var matches = new List<MentionMatch>();
        candidateNames.FindAll(text.Text.AsSpan(), matches);
        foreach (var name in CapitalisedNames.Find(CapitalisedNames.Mask(text.Text, matches.Select(m => (m.Start, m.Length)))))
            state.Names.Add(name);
    }

    private void CheckSection(State state)
    {
        if (state.Section is not { } section) return;
        if (section.Cited.Where(i => i >= 0).Any(i => Works.Speaks(index.Entries[i], section.Sides))) return;
        if (section.Cited.Contains(-1)) return; // an unknown id is already an error
        state.Diagnostics.Add(Diagnostic.Error(state.Page.Document.Path, state.Page.Document.BodyLine + section.Line, section.Column + 1,
            DiagnosticCodes.PositionNotCited,
            $"the section on {section.Name} position cites no reference with side {string.Join(" or ", section.Sides)}; cite that government's own statement or record, like [@reference-id]"));
    }

    private static string Opening(string text, int words)
    {
        var parts = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Take(words)) + (parts.Length > words ? " …" : "");
    }

    private sealed class State(Entry page, List<Diagnostic> diagnostics)
    {
        public Entry Page { get; } = page;
        public List<Diagnostic> Diagnostics { get; } = diagnostics;
        public (string Name, string[] Sides, int Line, int Column, List<int> Cited)? Section { get; set; }
        public List<UncitedParagraph> Uncited { get; } = [];
        public List<StalePhrase> Stale { get; } = [];
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public void CloseSection(PageAnalyzer analyzer)
        {
            analyzer.CheckSection(this);
            Section = null;
        }

        public void Warn(int line, int column, string code, string message) =>
            Diagnostics.Add(Diagnostic.Warning(Page.Document.Path, line, column, code, message));
    }
}
