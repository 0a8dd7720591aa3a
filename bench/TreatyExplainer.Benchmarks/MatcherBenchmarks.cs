using BenchmarkDotNet.Attributes;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Benchmarks;

/// <summary>
/// The mention matcher over 1 MB of running text. Throughput in chars/s is 1,000,000 divided by the mean;
/// docs/performance.md records it.
/// </summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private const int TextChars = 1_000_000;

    private List<EntryName> _aliases = [];
    private MentionMatcher _matcher = null!;
    private string _text = "";
    private readonly List<MentionMatch> _matches = new(100_000);

    [Params(1_000, 10_000)]
    public int Aliases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _aliases = SyntheticText.Aliases(Aliases);
        _matcher = new MentionMatcher(_aliases);
        _text = SyntheticText.Text(_aliases, TextChars);
    }

    [Benchmark(Description = "find all mentions in 1 MB")]
    public int FindAll()
    {
        _matches.Clear();
        _matcher.FindAll(_text.AsSpan(), _matches);
        return _matches.Count;
    }

    [Benchmark(Description = "build the matcher")]
    public int Build() => new MentionMatcher(_aliases).PatternCount;
}
