using TreatyExplainer.Linking;
using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

public sealed class PlaceNameMarkupTests
{
    private const string IturupMarkup =
        "<span class=\"place-name\"><span class=\"place-ru\">Iturup</span><span class=\"place-pair\"> (</span><span class=\"place-ja\">Etorofu</span><span class=\"place-pair\">)</span></span>";

    private static readonly PlaceName Iturup = new(0, "Iturup", "Etorofu");

    [Fact]
    public void EachNameIsRealTextInItsOwnSpanAndTheWholeReadsAsBothNames()
    {
        var html = PlaceNameMarkup.Html(Iturup);

        Assert.Equal(IturupMarkup, html);
        Assert.Equal("Iturup (Etorofu)", System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
    }

    [Fact]
    public void SvgLabelsGetTheSameClassesOnTspans()
    {
        var svg = PlaceNameMarkup.Html(Iturup, "tspan");

        Assert.Equal(IturupMarkup.Replace("span", "tspan", StringComparison.Ordinal), svg);
    }

    [Fact]
    public void SnippetShowsARenamedPlaceAsMarkupAndEscapesTheRest()
    {
        var html = PlaceNameMarkup.Text($"<b> near {Iturup.InPlainText} & {Iturup.InPlainText}.", [Iturup, new PlaceName(1, "Kunashir", "Kunashiri")]);

        Assert.Equal($"&lt;b&gt; near {IturupMarkup} &amp; {IturupMarkup}.", html);
    }

    [Fact]
    public void PairWrittenWithOrdinarySpacesInAQuotationStaysAsWritten()
    {
        var html = PlaceNameMarkup.Text("He said “Iturup (Etorofu) is ours”.", [Iturup]);

        Assert.Equal("He said “Iturup (Etorofu) is ours”.", html);
    }

    [Fact]
    public void LinkedPageBodyAndSnippetsCarryTheMarkup()
    {
        var harness = new LinkHarness().Add(Entries.Iturup.Path, Entries.Iturup.Text).Add("input/page.md", "---\ntitle: A page\nkind: page\n---\nShips reach Etorofu in May.\n");

        var (html, page, _, _) = harness.Link("input/page.md");

        Assert.Contains($"<a href=\"/islands/iturup/\" class=\"mention\">{IturupMarkup}</a>", html);
        Assert.Equal(Iturup.InPlainText, Assert.Single(page.Mentions).Text);
    }
}
