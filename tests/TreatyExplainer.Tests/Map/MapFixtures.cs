using System.Globalization;
using System.Xml.Linq;
using TreatyExplainer.Map;

namespace TreatyExplainer.Tests.Map;

/// <summary>The site's places as the map sees them, and readers for the SVG the map writes.</summary>
internal static class MapFixtures
{
    public static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    public static readonly MapPlace[] Places =
    [
        new("iturup", "Iturup (Etorofu)", "択捉島", "Итуруп", 45.0, 147.9, "/islands/iturup/", true),
        new("kunashir", "Kunashir (Kunashiri)", "国後島", "Кунашир", 44.1, 145.85, "/islands/kunashir/", true),
        new("shikotan", "Shikotan", "色丹島", "Шикотан", 43.8, 146.75, "/islands/shikotan/", true),
        new("habomai", "Habomai islets", "歯舞群島", "Хабомаи", 43.5, 146.1, "/islands/habomai/", true),
        new("hokkaido", "Hokkaido", "北海道", "Хоккайдо", 43.4, 142.8, "/islands/hokkaido/", false),
        new("urup", "Urup", "得撫島", "Уруп", 45.9, 150.0, "/islands/urup/", false),
        new("sakhalin", "Sakhalin", "樺太", "Сахалин", 50.0, 142.9, "/islands/sakhalin/", false),
    ];

    public static readonly string[] Disputed = ["iturup", "kunashir", "shikotan", "habomai"];

    /// <summary>The overview and each island's map.</summary>
    public static IEnumerable<(string Name, XDocument Doc)> AllMaps() =>
        new[] { ("overview", MapRenderer.Overview(Places)) }
            .Concat(Disputed.Select(id => (id, MapRenderer.Island(Places, id))))
            .Select(m => (m.Item1, XDocument.Parse(m.Item2)));

    public static double Number(XElement e, string attribute) =>
        double.Parse((string?)e.Attribute(attribute) ?? throw new InvalidOperationException($"{e.Name.LocalName} has no {attribute}"), CultureInfo.InvariantCulture);

    public static (double Width, double Height) ViewBox(XDocument doc)
    {
        var parts = ((string)doc.Root!.Attribute("viewBox")!).Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (parts[2], parts[3]);
    }

    /// <summary>The bounding box of a path's points (the map writes only M, L and Z with absolute coordinates).</summary>
    public static (double L, double T, double R, double B) PathBox(XElement path)
    {
        var numbers = ((string)path.Attribute("d")!).Split(['M', 'L', 'Z', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var xs = numbers.Where((_, i) => i % 2 == 0).ToArray();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToArray();
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    /// <summary>
    /// The box a label takes, line by line, from its position, anchor, size and text, measured as generously as
    /// the placer measures (the wide DejaVu Sans).
    /// </summary>
    public static IEnumerable<(double L, double T, double R, double B)> LabelLines(XElement text)
    {
        var size = Number(text, "font-size");
        var bold = (string?)text.Attribute("font-weight") == "700";
        var spacing = text.Attribute("letter-spacing") is null ? 0 : Number(text, "letter-spacing");
        var anchor = (string?)text.Attribute("text-anchor") ?? "start";
        var x = Number(text, "x");
        var lines = new List<(double Y, string Text)> { (Number(text, "y"), "") };
        foreach (var node in text.Nodes())
        {
            if (node is XElement span && span.Attribute("y") is not null)
            {
                lines.Add((Number(span, "y"), ""));
            }

            lines[^1] = (lines[^1].Y, lines[^1].Text + (node is XElement e ? e.Value : ((XText)node).Value));
        }

        foreach (var (y, line) in lines.Where(l => l.Text.Length > 0))
        {
            var width = LabelPlacer.EstimateWidth(line, size, bold) + (spacing * line.Length);
            var left = anchor switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
            yield return (left, y - (0.8 * size), left + width, y + (0.25 * size));
        }
    }

    public static bool Intersect((double L, double T, double R, double B) a, (double L, double T, double R, double B) b) =>
        a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B;
}
