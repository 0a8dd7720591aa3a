using System.Xml.Linq;
using static TreatyExplainer.Tests.Map.MapFixtures;

namespace TreatyExplainer.Tests.Map;

/// <summary>What every map must get right: nothing covers an island, nothing is cut, and it draws without CSS.</summary>
public sealed class MapLayoutTests
{
    public static TheoryData<string> MapNames => ["overview", .. Disputed];

    [Theory]
    [MemberData(nameof(MapNames))]
    public void NoLabelLegendOrInsetCoversAnIslandsShape(string name)
    {
        var doc = AllMaps().Single(m => m.Name == name).Doc;
        var islands = doc.Descendants(SvgNs + "a")
            .Where(a => ((string?)a.Attribute("class") ?? "").Contains("map-island", StringComparison.Ordinal))
            .Select(a => (Id: (string)a.Attribute("data-id")!, Box: PathBox(a.Element(SvgNs + "path")!)))
            .ToList();
        Assert.NotEmpty(islands);

        foreach (var text in doc.Descendants(SvgNs + "text").Where(t => !InLocator(t)))
        {
            foreach (var line in LabelLines(text))
            {
                Assert.False(islands.Any(i => Intersect(line, i.Box)), $"'{text.Value}' covers an island's box on the {name} map");
            }
        }

        var panels = doc.Root!.Elements(SvgNs + "g").Where(g => (string?)g.Attribute("class") is "map-locator" or "map-legend")
            .Select(g => g.Element(SvgNs + "rect")!)
            .Select(r => (Number(r, "x"), Number(r, "y"), Number(r, "x") + Number(r, "width"), Number(r, "y") + Number(r, "height")));
        foreach (var panel in panels)
        {
            Assert.False(islands.Any(i => Intersect(panel, i.Box)), $"a panel at {panel} covers an island's box on the {name} map");
        }
    }

    [Theory]
    [MemberData(nameof(MapNames))]
    public void LabelsDoNotOverlapEachOtherOrLeaveTheMap(string name)
    {
        var doc = AllMaps().Single(m => m.Name == name).Doc;
        var (width, height) = ViewBox(doc);
        var lines = doc.Descendants(SvgNs + "text").Where(t => !InLocator(t)).SelectMany(t => LabelLines(t).Select(l => (Text: t.Value, Box: l))).ToList();

        foreach (var (text, box) in lines)
        {
            Assert.True(box.L >= 0 && box.T >= 0 && box.R <= width && box.B <= height, $"'{text}' is cut by the edge of the {name} map");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[i].Text != lines[j].Text)
                {
                    Assert.False(Intersect(lines[i].Box, lines[j].Box), $"'{lines[i].Text}' overlaps '{lines[j].Text}' on the {name} map");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(MapNames))]
    public void EveryDrawnElementHasPresentationAttributes(string name)
    {
        var doc = AllMaps().Single(m => m.Name == name).Doc;
        var drawn = doc.Descendants().Where(e => e.Name.LocalName is "path" or "rect" or "circle" or "line" or "text").ToList();

        Assert.NotEmpty(drawn);
        foreach (var element in drawn)
        {
            Assert.NotNull(element.Attribute("fill"));
            Assert.NotNull(element.Attribute("stroke"));
            Assert.False(element.Attribute("style") is not null, "inline styles are blocked by the site's CSP");
            if (element.Name.LocalName == "text")
            {
                Assert.NotNull(element.Attribute("font-size"));
            }
            else if ((string)element.Attribute("stroke")! != "none")
            {
                Assert.NotNull(element.Attribute("stroke-width"));
            }
        }

        Assert.Equal("sans-serif", (string?)doc.Root!.Attribute("font-family"));
        Assert.Equal("#dbe7ee", (string?)doc.Root.Elements(SvgNs + "rect").First().Attribute("fill")); // the sea, so with no CSS it is not black
    }

    [Fact]
    public void OutputIsDeterministicAndCultureInvariant()
    {
        var first = AllMaps().Select(m => m.Doc.ToString()).ToList();
        var locators = Disputed.Select(id => TreatyExplainer.Map.MapRenderer.Locator(Places, id)).ToList();
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(first, AllMaps().Select(m => m.Doc.ToString()).ToList());
            Assert.Equal(locators, Disputed.Select(id => TreatyExplainer.Map.MapRenderer.Locator(Places, id)).ToList());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.All(first, svg => Assert.DoesNotMatch(@"\d,\d", svg.Replace(", ", " ", StringComparison.Ordinal)));
    }

    private static bool InLocator(XElement e) => e.Ancestors(SvgNs + "g").Any(g => (string?)g.Attribute("class") == "map-locator");
}
