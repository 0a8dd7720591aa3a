namespace TreatyExplainer.Map;

/// <summary>
/// Writes a placed label. A place each side names differently is one <c>&lt;text class="place-name"&gt;</c> holding
/// the body's markup in <c>tspan</c>s: "Iturup" (place-ru), then on a second line "(" (place-pair), "Etorofu"
/// (place-ja), ")" (place-pair). The site's naming choice hides parts as it does in the body (see Map/README.md).
/// </summary>
internal static class LabelWriter
{
    public static void Append(SvgWriter svg, PlacedLabel placed)
    {
        if (placed.Leader is { } l)
        {
            svg.Empty("line", MapPaint.Leader.Attributes(
                ("x1", SvgText.Number(l.X1)), ("y1", SvgText.Number(l.Y1)), ("x2", SvgText.Number(l.X2)), ("y2", SvgText.Number(l.Y2))));
        }

        var label = placed.Label;
        var x = SvgText.Number(placed.TextX);
        var y = SvgText.Number(placed.Baseline);
        if (label.Secondary is null)
        {
            svg.Element("text", label.Primary, label.Style.Attributes(("x", x), ("y", y), ("text-anchor", placed.Anchor)));
            return;
        }

        var attributes = label.Style.Attributes(("x", x), ("y", y), ("text-anchor", placed.Anchor));
        attributes[0] = ("class", label.Style.Class + " place-name");
        // Line 2 is "(Etorofu)" as the body writes it. When the naming choice hides the other parts, the name that
        // is left has no position of its own, so it takes the label's first line.
        var second = SvgText.Number(placed.Baseline + (LabelStyle.LineHeight * label.Style.FontSize));
        svg.Open("text", attributes)
            .Element("tspan", label.Primary, ("class", "place-ru"))
            .Element("tspan", "(", ("class", "place-pair"), ("x", x), ("y", second))
            .Element("tspan", label.Secondary, ("class", "place-ja"))
            .Element("tspan", ")", ("class", "place-pair"))
            .Close("text");
    }

    /// <summary>"Iturup (Etorofu)" is the Russian-usage then the Japanese-usage name; any other title is one name.</summary>
    public static (string Primary, string? Secondary) Names(MapPlace place)
    {
        var title = place.Title.Trim();
        var open = title.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && title.EndsWith(')') && title[(open + 2)..^1].Trim() is { Length: > 0 } inner)
        {
            return (title[..open].TrimEnd(), inner);
        }

        return (title, null);
    }

    /// <summary>The tooltip: "Iturup (Etorofu) — 択捉島 / Итуруп".</summary>
    public static string Tooltip(MapPlace place)
    {
        var names = new[] { place.JapaneseName, place.RussianName }
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .ToArray();
        return names.Length == 0 ? place.Title : place.Title + " — " + string.Join(" / ", names);
    }
}
