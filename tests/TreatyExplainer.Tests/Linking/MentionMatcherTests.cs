using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Tests.Linking;

public sealed class MentionMatcherTests
{
    private static MentionMatcher Matcher(params (string Text, int Entry, bool IgnoreCase)[] patterns) =>
        new(patterns.Select(p => new EntryName(p.Text, p.Entry, p.IgnoreCase)));

    [Fact]
    public void FindsEveryNonOverlappingMatchLeftToRight()
    {
        var matcher = Matcher(("Iturup", 0, false), ("Kunashir", 1, false));

        var matches = matcher.FindAll("Iturup and Kunashir, then Iturup.");

        Assert.Equal([(0, 6, 0), (11, 8, 1), (26, 6, 0)], matches.Select(m => (m.Start, m.Length, m.Entry)));
    }

    [Fact]
    public void PrefersTheLongerOfTwoAliasesStartingAtTheSameWord()
    {
        var matcher = Matcher(("Joint Declaration", 0, false), ("Joint Declaration of 1956", 1, false));

        var match = Assert.Single(matcher.FindAll("the Joint Declaration of 1956 said"));

        Assert.Equal((4, 25, 1), (match.Start, match.Length, match.Entry));
    }

    [Fact]
    public void MultiWordAliasToleratesAnyWhitespaceBetweenWords()
    {
        var matcher = Matcher(("San Francisco Peace Treaty", 0, false));

        Assert.Single(matcher.FindAll("the San  Francisco\nPeace Treaty"));
    }

    [Fact]
    public void IgnoreCaseAppliesOnlyToThePatternThatAsksForIt()
    {
        var matcher = Matcher(("peace treaty", 0, true), ("Abe", 1, false));

        Assert.Equal([0], matcher.FindAll("PEACE TREATY and ABE").Select(m => m.Entry));
    }

    [Fact]
    public void AliasWithPunctuationMatchesTheSamePunctuation()
    {
        var matcher = Matcher(("Kono–Lavrov talks", 0, false));

        Assert.Single(matcher.FindAll("the Kono–Lavrov talks ended"));
        Assert.Empty(matcher.FindAll("the Kono Lavrov talks ended"));
    }

    [Fact]
    public void EmptyTextHasNoMatches()
    {
        Assert.Empty(Matcher(("Abe", 0, false)).FindAll(""));
    }
}
