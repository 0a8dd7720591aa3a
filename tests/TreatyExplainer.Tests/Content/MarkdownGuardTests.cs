using System.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Markdown whose parsing time grows with the square of its size is refused in seconds, at its line.</summary>
public sealed class MarkdownGuardTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public void RunOfTwoHundredThousandStarsIsRefusedInSeconds()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/stars.md", "---\ntitle: Stars\nkind: page\n---\nIntro.\n\n" + new string('*', 200_000) + "a" + new string('*', 180_000) + "\n");

        var clock = Stopwatch.StartNew();
        var (code, _, error) = site.Run("check");

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.Equal(1, code);
        Assert.Contains("input/stars.md:7:1: error TE075", error);
    }

    [Fact]
    public void ParagraphOfUnclosedLinksIsRefusedInSeconds()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/links.md", "---\ntitle: Links\nkind: page\n---\n" + string.Concat(Enumerable.Repeat("[a](", 200_000)) + "\n");

        var clock = Stopwatch.StartNew();
        var (code, _, error) = site.Run("check");

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.Equal(1, code);
        Assert.Contains("input/links.md:5:1: error TE075", error);
    }

    [Theory]
    [InlineData("A rule:\n\n********************************************************************************\n\nMore.")]
    [InlineData("```\n________________________________________________________________________\n```")]
    [InlineData("***Bold italic*** and [a link](https://example.org/) and \\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*.")]
    public void OrdinaryMarkdownIsNotRefused(string body)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/fine.md", "---\ntitle: Fine\nkind: page\n---\n" + body + "\n");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }
}
