using TreatyExplainer.Rendering;

namespace TreatyExplainer.Tests.Rendering;

public sealed class MentionSnippetTests
{
    private const string LongBefore = "…the talks went on for days, and at the end of the second round the foreign ministers met again with ";
    private const string LongAfter = " to agree on the dates of a summit that would take place in the spring of the following year in Moscow…";

    [Fact]
    public void LongContextIsCutToTheLimitAtWordBoundariesWithEllipses()
    {
        var (before, after) = MentionSnippet.Fit(LongBefore, "Sergey Lavrov", LongAfter);

        Assert.True((before + "Sergey Lavrov" + after).Length <= MentionSnippet.MaxChars, before + "|" + after);
        Assert.StartsWith("…", before);
        Assert.EndsWith("…", after);
        Assert.Contains(before[1..].Split(' ')[0], LongBefore.Split(' '));
        Assert.Contains(after[..^1].Split(' ')[^1], LongAfter.Split(' '));
    }

    [Fact]
    public void TheMentionStaysWholeAndKeepsTheSpacesAroundIt()
    {
        var (before, after) = MentionSnippet.Fit(LongBefore, "Sergey Lavrov", LongAfter, max: 60);

        Assert.EndsWith(" ", before);
        Assert.StartsWith(" ", after);
        Assert.True((before + "Sergey Lavrov" + after).Length <= 60);
    }

    [Fact]
    public void ShortContextIsKeptWhole()
    {
        var (before, after) = MentionSnippet.Fit("Talks with ", "Sergey Lavrov", " ended.");

        Assert.Equal(("Talks with ", " ended."), (before, after));
    }

    [Fact]
    public void ASideThatNeedsLessRoomGivesTheRestToTheOther()
    {
        var (before, after) = MentionSnippet.Fit("", "Lavrov", LongAfter + LongAfter, max: 120);

        Assert.Equal("", before);
        Assert.True(after.Length > 100, after);
        Assert.True(("Lavrov" + after).Length <= 120);
    }

    [Fact]
    public void LineBreaksAndTheMarksForImagesAndCitationsBecomeSingleSpaces()
    {
        var (before, after) = MentionSnippet.Fit("the\nminister\uFFFC ", "Lavrov", " said\uFFFC  that");

        Assert.Equal(("the minister ", " said that"), (before, after));
    }

    [Fact]
    public void TextWithoutSpacesIsCutWithoutSplittingASurrogatePair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));

        var (before, after) = MentionSnippet.Fit(emoji, "択捉島", emoji, max: 41);

        Assert.False(char.IsLowSurrogate(before[1]), "the piece before starts inside a pair");
        Assert.False(char.IsHighSurrogate(after[^2]), "the piece after ends inside a pair");
    }
}
