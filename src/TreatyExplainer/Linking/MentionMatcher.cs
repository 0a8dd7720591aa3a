using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// Finds every alias of every entry in one left-to-right pass over a text's tokens. Each alias is a sequence of
/// tokens; aliases are grouped by their first token in a hash table, so each word of the text costs one filtered
/// lookup however many aliases there are. At each position the longest alias wins, and matches never overlap.
/// </summary>
public sealed class MentionMatcher
{
    private const int FilterBits = 1 << 16;

    private readonly Dictionary<string, Candidate[]> _exact;
    private readonly Dictionary<string, Candidate[]> _ignoreCase;
    private readonly Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _ignoreCaseLookup;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    [ThreadStatic]
    private static List<Token>? t_tokens;

    private sealed record Candidate(string[] Tokens, int Entry, bool IgnoreCase, int TextLength);

    public MentionMatcher(IEnumerable<EntryName> patterns)
    {
        var exact = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var ignoreCase = new Dictionary<string, List<Candidate>>(StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in patterns.SelectMany(WithTypographicApostrophe))
        {
            var tokens = Tokenizer.Tokenize(pattern.Text);
            if (tokens.Count == 0) continue;
            var words = tokens.Select(t => pattern.Text.Substring(t.Start, t.Length)).ToArray();
            var target = pattern.IgnoreCase ? ignoreCase : exact;
            if (!target.TryGetValue(words[0], out var list)) target[words[0]] = list = [];
            list.Add(new Candidate(words, pattern.Entry, pattern.IgnoreCase, pattern.Text.Length));
            var key = (uint)tokens[0].Key % FilterBits;
            _filter[key / 64] |= 1UL << (int)(key % 64);
        }
        _exact = Freeze(exact, StringComparer.Ordinal);
        _ignoreCase = Freeze(ignoreCase, StringComparer.OrdinalIgnoreCase);
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreCaseLookup = _ignoreCase.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An alias written "Putin's visit" also matches the text's "Putin’s visit" (<see cref="Content.TypographyExtension"/>).</summary>
    private static IEnumerable<EntryName> WithTypographicApostrophe(EntryName pattern) =>
        pattern.Text.Contains('\'', StringComparison.Ordinal) ? [pattern, pattern with { Text = pattern.Text.Replace('\'', '’') }] : [pattern];

    public int PatternCount => _exact.Values.Sum(c => c.Length) + _ignoreCase.Values.Sum(c => c.Length);

    /// <summary>Adds the non-overlapping, leftmost-longest mentions in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<MentionMatch> matches)
    {
        var tokens = t_tokens ??= [];
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            var key = (uint)tokens[i].Key % FilterBits;
            if ((_filter[key / 64] & (1UL << (int)(key % 64))) == 0)
            {
                i++;
                continue;
            }
            var best = BestAt(text, tokens, i);
            if (best is null)
            {
                i++;
                continue;
            }
            var first = tokens[i];
            var last = tokens[i + best.Tokens.Length - 1];
            matches.Add(new MentionMatch(first.Start, last.End - first.Start, best.Entry));
            i += best.Tokens.Length;
        }
    }

    public List<MentionMatch> FindAll(string text)
    {
        var matches = new List<MentionMatch>();
        FindAll(text.AsSpan(), matches);
        return matches;
    }

    private Candidate? BestAt(ReadOnlySpan<char> text, List<Token> tokens, int index)
    {
        var word = text.Slice(tokens[index].Start, tokens[index].Length);
        Candidate? best = null;
        if (_exactLookup.TryGetValue(word, out var exact)) best = Longest(exact, text, tokens, index, null);
        if (_ignoreCaseLookup.TryGetValue(word, out var folded)) best = Longest(folded, text, tokens, index, best);
        return best;
    }

    /// <summary>Candidates are sorted longest first, so the first that matches is the best of its list.</summary>
    private static Candidate? Longest(Candidate[] candidates, ReadOnlySpan<char> text, List<Token> tokens, int index, Candidate? best)
    {
        foreach (var candidate in candidates)
        {
            if (best is not null && !IsLonger(candidate, best)) return best;
            if (Matches(candidate, text, tokens, index)) return candidate;
        }
        return best;
    }

    private static bool IsLonger(Candidate a, Candidate b) =>
        a.Tokens.Length != b.Tokens.Length ? a.Tokens.Length > b.Tokens.Length : a.TextLength > b.TextLength;

    private static bool Matches(Candidate candidate, ReadOnlySpan<char> text, List<Token> tokens, int index)
    {
        if (index + candidate.Tokens.Length > tokens.Count) return false;
        var comparison = candidate.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var k = 1; k < candidate.Tokens.Length; k++)
        {
            var token = tokens[index + k];
            if (!text.Slice(token.Start, token.Length).Equals(candidate.Tokens[k], comparison)) return false;
        }
        return true;
    }

    private static Dictionary<string, Candidate[]> Freeze(Dictionary<string, List<Candidate>> lists, StringComparer comparer) =>
        lists.ToDictionary(
            pair => pair.Key,
            pair => pair.Value
                .OrderByDescending(c => c.Tokens.Length)
                .ThenByDescending(c => c.TextLength)
                .ThenBy(c => c.Entry)
                .ToArray(),
            comparer);
}
