using System.Globalization;
using TreatyExplainer.Output;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Pipeline;

public sealed class DeterminismTests
{
    [Fact]
    public void BuildingTwiceGivesTheSameBytes()
    {
        var first = BuildRealSite();
        var second = BuildRealSite();

        AssertSameFiles(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ja-JP")]
    public void CurrentCultureChangesNothing(string culture)
    {
        var invariant = BuildRealSite();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var localised = BuildRealSite();

            AssertSameFiles(invariant, localised);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static IReadOnlyList<OutputFile> BuildRealSite()
    {
        var result = new SitePipeline(BuildOptions.Resolve(Repo.Root, output: Path.Combine(Path.GetTempPath(), "unused"))).Run(write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return result.Files;
    }

    private static void AssertSameFiles(IReadOnlyList<OutputFile> expected, IReadOnlyList<OutputFile> actual)
    {
        Assert.Equal(expected.Select(f => f.RelativePath), actual.Select(f => f.RelativePath));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Bytes.AsSpan().SequenceEqual(actual[i].Bytes), $"{expected[i].RelativePath} differs");
    }
}
