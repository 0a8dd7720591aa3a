using System.Reflection;
using SkiaSharp;
using Svg.Skia;
using TreatyExplainer.Sharing;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Sharing;

/// <summary>A card's file name changes exactly when what it is drawn from does, so a stale card is never reused.</summary>
public sealed class ShareCardKeyTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";

    [Fact]
    public void TheSameInputsGiveTheSameKey()
    {
        Assert.Equal(ShareCardKey.Of(Svg, "TreatyExplainer", "Iturup", "f0"), ShareCardKey.Of(Svg, "TreatyExplainer", "Iturup", "f0"));
        Assert.Matches("^[0-9a-f]{16}$", ShareCardKey.Of(Svg, "TreatyExplainer", "Iturup", "f0"));
    }

    [Theory]
    [InlineData("drawing")]
    [InlineData("svg")]
    [InlineData("brand")]
    [InlineData("title")]
    [InlineData("font")]
    public void ChangingAnyDrawingInputChangesTheKey(string changed)
    {
        var before = ShareCardKey.Of(ShareCardKey.Drawing, Svg, "TreatyExplainer", "Iturup", "f0");

        var after = ShareCardKey.Of(
            changed == "drawing" ? ShareCardKey.Drawing + "x" : ShareCardKey.Drawing,
            changed == "svg" ? Svg.Replace("10 10", "10 11", StringComparison.Ordinal) : Svg,
            changed == "brand" ? "Treaty" : "TreatyExplainer",
            changed == "title" ? "Kunashir" : "Iturup",
            changed == "font" ? "f1" : "f0");

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void InputsThatRunTogetherStillGiveDifferentKeys()
    {
        Assert.NotEqual(ShareCardKey.Of(Svg, "Treaty\nA", "B", "f0"), ShareCardKey.Of(Svg, "Treaty", "A\nB", "f0"));
    }

    [Fact]
    public void TheDrawingCodeInTheKeyIsTheSourceAsCheckedIn()
    {
        var folder = Path.Combine(Repo.Root, "src", "TreatyExplainer", "Sharing");
        // Only the code that makes pixels: how cards are collected and reused may change without renaming them.
        var drawing = Directory.GetFiles(folder, "*.cs")
            .Where(path => Path.GetFileName(path) is not ("ShareImages.cs" or "ShareImage.cs"))
            .Select(path => "share-card-source/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .Select(name => name + "\n" + File.ReadAllText(Path.Combine(folder, name["share-card-source/".Length..])));

        Assert.Contains("share-card-source/ShareCard.cs\n", ShareCardKey.DrawingSource, StringComparison.Ordinal);
        Assert.Equal(string.Concat(drawing), ShareCardKey.DrawingSource);
    }

    [Fact]
    public void TheKeyNamesTheVersionsOfTheLibrariesThatDraw()
    {
        Assert.Contains("SkiaSharp " + Informational(typeof(SKSurface).Assembly), ShareCardKey.Drawing, StringComparison.Ordinal);
        Assert.Contains("Svg.Skia " + Informational(typeof(SKSvg).Assembly), ShareCardKey.Drawing, StringComparison.Ordinal);
    }

    private static string? Informational(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
