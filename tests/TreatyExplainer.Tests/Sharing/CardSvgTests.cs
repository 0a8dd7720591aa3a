using TreatyExplainer.Sharing;

namespace TreatyExplainer.Tests.Sharing;

/// <summary>Map labels made of naming-choice parts become one run of text per line for the card's renderer.</summary>
public sealed class CardSvgTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">";

    [Fact]
    public void EachLineOfATwoLineLabelIsOneRun()
    {
        var svg = Svg + "<text class=\"map-label\" x=\"156.2\" y=\"206.9\" text-anchor=\"middle\"><tspan class=\"place-ru\">Kunashir</tspan>"
            + "<tspan class=\"place-pair\" x=\"156.2\" y=\"241.4\">(</tspan><tspan class=\"place-ja\">Kunashiri</tspan><tspan class=\"place-pair\">)</tspan></text></svg>";

        var card = CardSvg.ForRenderer(svg);

        Assert.Contains("<text class=\"map-label\" x=\"156.2\" y=\"206.9\" text-anchor=\"middle\">Kunashir<tspan x=\"156.2\" y=\"241.4\">(Kunashiri)</tspan></text>", card);
    }

    [Fact]
    public void AOneLineLabelBecomesPlainTextAndOtherElementsStayAsTheyWere()
    {
        var svg = Svg + "<path d=\"M0 0L1 1\" fill=\"#abc\"/><text x=\"1\" y=\"2\"><tspan class=\"place-ru\">Iturup</tspan><tspan class=\"place-pair\"> (</tspan>"
            + "<tspan class=\"place-ja\">Etorofu</tspan><tspan class=\"place-pair\">)</tspan></text><text x=\"3\" y=\"4\">Urup</text></svg>";

        var card = CardSvg.ForRenderer(svg);

        Assert.Contains("<text x=\"1\" y=\"2\">Iturup (Etorofu)</text>", card);
        Assert.Contains("<text x=\"3\" y=\"4\">Urup</text>", card);
        Assert.Contains("<path d=\"M0 0L1 1\" fill=\"#abc\" />", card);
    }
}
