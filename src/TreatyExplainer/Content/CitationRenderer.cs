using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TreatyExplainer.Content;

/// <summary>
/// Writes a citation as a superscript "[1, art. 9; 2]": each number links to the work's entry in the page's
/// reference list and carries the address of its preview card.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    public const string MarkerClass = "citation";

    protected override void Write(HtmlRenderer renderer, CitationInline inline)
    {
        if (inline.Resolved is not { } resolved)
        {
            renderer.WriteEscape(inline.Original);
            return;
        }
        WriteMarkers(renderer, resolved);
    }

    /// <summary>The markup of one marker outside the Markdown body, such as an infobox figure's: the same as in the text.</summary>
    public static string Markers(IReadOnlyList<ResolvedCitation> resolved)
    {
        var writer = new StringWriter();
        WriteMarkers(new HtmlRenderer(writer), resolved);
        return writer.ToString();
    }

    private static void WriteMarkers(HtmlRenderer renderer, IReadOnlyList<ResolvedCitation> resolved)
    {
        renderer.Write("<sup class=\"citations\">[");
        for (var i = 0; i < resolved.Count; i++)
        {
            var item = resolved[i];
            if (i > 0) renderer.Write("; ");
            renderer.Write("<a class=\"").Write(MarkerClass).Write("\" id=\"").WriteEscape(item.MarkerId)
                .Write("\" href=\"#").WriteEscape(item.ListId)
                .Write("\" data-preview=\"").WriteEscape(item.PreviewHref)
                .Write("\">").Write(item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a>");
            if (item.Locator is { } locator) renderer.Write(", ").WriteEscape(locator);
        }
        renderer.Write("]</sup>");
    }
}
