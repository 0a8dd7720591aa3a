using Markdig.Renderers;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>
/// A place name as markup that follows the reader's naming choice with real text: "Iturup (Etorofu)" is written as
/// the Russian name, " (", the Japanese name and ")", each in its own span. The stylesheet hides the parts the
/// chosen mode leaves out (site.css, "Place names"), so what shows is exactly what copy, find-in-page and screen
/// readers get; with JavaScript or CSS off every part shows, and the text reads "Iturup (Etorofu)". The parts can
/// be <c>tspan</c>s too: the same classes work in an SVG label.
/// </summary>
public static class PlaceNameMarkup
{
    public const string NameClass = "place-name";

    public static void Write(HtmlRenderer renderer, PlaceName name, string element = "span")
    {
        renderer.Write('<').Write(element).Write(" class=\"").Write(NameClass).Write("\">");
        Part(renderer, element, "place-ru", name.Russian);
        Part(renderer, element, "place-pair", " (");
        Part(renderer, element, "place-ja", name.Japanese);
        Part(renderer, element, "place-pair", ")");
        renderer.Write("</").Write(element).Write('>');
    }

    public static string Html(PlaceName name, string element = "span")
    {
        var (renderer, writer) = Scratch();
        Write(renderer, name, element);
        return writer.ToString();
    }

    // Making an HtmlRenderer registers every Markdig object renderer; "Mentioned in" snippets would pay that three
    // times an item. One per thread, emptied before each use, escapes exactly as a new one would.
    [ThreadStatic] private static (HtmlRenderer Renderer, StringWriter Writer)? _scratch;

    private static (HtmlRenderer Renderer, StringWriter Writer) Scratch()
    {
        if (_scratch is not { } scratch)
        {
            var writer = new StringWriter();
            scratch = (new HtmlRenderer(writer), writer);
            _scratch = scratch;
        }
        scratch.Writer.GetStringBuilder().Clear();
        return scratch;
    }

    /// <summary>Plain text as escaped HTML in which every place the linker renamed (<see cref="PlaceName.InPlainText"/>) is markup again.</summary>
    public static string Text(string text, IEnumerable<PlaceName> places)
    {
        var (renderer, writer) = Scratch();
        var marked = places.Where(p => text.Contains(p.InPlainText, StringComparison.Ordinal)).ToList();
        var position = 0;
        while (marked.Count > 0)
        {
            var (at, place) = marked
                .Select(p => (At: text.IndexOf(p.InPlainText, position, StringComparison.Ordinal), Place: p))
                .Where(found => found.At >= 0)
                .OrderBy(found => found.At)
                .FirstOrDefault();
            if (place is null) break;
            renderer.WriteEscape(text[position..at]);
            Write(renderer, place);
            position = at + place.InPlainText.Length;
        }
        renderer.WriteEscape(text[position..]);
        return writer.ToString();
    }

    private static void Part(HtmlRenderer renderer, string element, string className, string text) =>
        renderer.Write('<').Write(element).Write(" class=\"").Write(className).Write("\">").WriteEscape(text)
            .Write("</").Write(element).Write('>');
}
