using System.Xml.Linq;

namespace TreatyExplainer.Sharing;

/// <summary>
/// The site's map SVG as the card's renderer can draw it. A map label is one <c>text</c> of several <c>tspan</c>s (the
/// place-name parts that follow the reader's naming choice), and only a tspan that starts a new line carries a position.
/// Svg.Skia does not continue an unpositioned tspan after the one before it ("Kunashir (Kunashiri)" came out as
/// "Kun(ashiri )"), so each line's parts are joined into one run of text first. A card shows every part, as a page
/// does without CSS.
/// </summary>
public static class CardSvg
{
    public static string ForRenderer(string svg)
    {
        var document = XDocument.Parse(svg);
        foreach (var text in document.Descendants().Where(e => e.Name.LocalName == "text").ToList())
        {
            var lines = Lines(text);
            text.ReplaceNodes(lines.Select(line => line.Start is null ? (object)line.Text : Line(text.Name.Namespace, line.Start, line.Text)));
        }
        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The label's lines: each starts at a tspan with a position (or at the text itself) and holds its parts' text.</summary>
    private static List<(XElement? Start, string Text)> Lines(XElement text)
    {
        var lines = new List<(XElement? Start, string Text)> { (null, "") };
        foreach (var node in text.Nodes())
        {
            var part = node is XElement element ? element.Value : (node as XText)?.Value ?? "";
            if (node is XElement span && span.Attribute("x") is not null) lines.Add((span, part));
            else lines[^1] = (lines[^1].Start, lines[^1].Text + part);
        }
        if (lines.Count > 1 && lines[0].Text.Length == 0) lines.RemoveAt(0);
        return lines;
    }

    private static XElement Line(XNamespace svg, XElement? start, string text) =>
        new(svg + "tspan", start?.Attributes().Where(a => a.Name.LocalName is "x" or "y" or "dy"), text);
}
