using System.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Markdown whose parsing time grows with the square of its size is refused in seconds, at its line.</summary>
public sealed class MarkdownGuardTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string, string> Quadratic => new()
    {
        // name, body, expected position and code
        { "a run of 200,000 '*', a letter, 180,000 '*'", "Intro.\n\n" + new string('*', 200_000) + "a" + new string('*', 180_000), "7:1: error TE075" },
        { "200,000 link openings that never close", string.Concat(Enumerable.Repeat("[a](", 200_000)), "5:1: error TE075" },
    };

    [Theory]
    [MemberData(nameof(Quadratic))]
    public void QuadraticMarkdownIsRefusedInSeconds(string name, string body, string expected)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/costly.md", "---\ntitle: Costly\nkind: page\n---\n" + body + "\n");

        var clock = Stopwatch.StartNew();
        var (code, _, error) = site.Run("check");

        Assert.True(clock.Elapsed < Generous, $"{name}: took {clock.Elapsed}");
        Assert.Equal(1, code);
        Assert.Contains("input/costly.md:" + expected, error);
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
