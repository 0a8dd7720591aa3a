using SkiaSharp;
using TreatyExplainer.Sharing;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Sharing;

public sealed class ShareCardTests
{
    private const string Map = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 80\"><rect class=\"map-sea\" width=\"100\" height=\"80\"/><circle cx=\"50\" cy=\"40\" r=\"10\"/><text class=\"map-label\" x=\"10\" y=\"20\">Urup</text></svg>";

    private static readonly Lazy<SKTypeface> Font = new(() => SKTypeface.FromFile(Path.Combine(Repo.Theme, ShareImages.FontFile)));

    [Fact]
    public void CardIsA1200By630Png()
    {
        using var bitmap = SKBitmap.Decode(ShareCard.Render(Map, "TreatyExplainer", "Iturup (Etorofu)", Font.Value));

        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void SameMapAndTitleGiveTheSameBytes() =>
        Assert.Equal(ShareCard.Render(Map, "TreatyExplainer", "Shikotan", Font.Value), ShareCard.Render(Map, "TreatyExplainer", "Shikotan", Font.Value));

    [Fact]
    public void TheTitleIsDrawnInTheTitleArea()
    {
        var withTitle = InkInTitleArea(ShareCard.Render(Map, "TreatyExplainer", "Kunashir (Kunashiri)", Font.Value));
        var without = InkInTitleArea(ShareCard.Render(Map, "TreatyExplainer", "", Font.Value));

        Assert.Equal(0, without);
        Assert.True(withTitle > 2000, $"only {withTitle} dark pixels where the title should be");
    }

    [Fact]
    public void ALongTitleWrapsInsideThePanel()
    {
        var (lines, size) = TitleLayout.Fit("The Joint Declaration of the Soviet Union and Japan, signed in Moscow", 432, 4, text => text.Length * 0.6f);

        Assert.InRange(lines.Count, 2, 4);
        Assert.All(lines, l => Assert.True(l.Length * 0.6f * size <= 432, l));
    }

    [Fact]
    public void AnSvgThatCannotBeReadThrows() =>
        Assert.ThrowsAny<Exception>(() => ShareCard.Render("<svg", "TreatyExplainer", "Urup", Font.Value));

    /// <summary>Dark pixels in the middle band of the panel, where the title goes and nothing else is drawn.</summary>
    private static int InkInTitleArea(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = 150; y < 500; y++)
        {
            for (var x = ShareCard.Margin; x < ShareCard.PanelWidth - ShareCard.Margin; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 300) dark++;
            }
        }
        return dark;
    }
}
