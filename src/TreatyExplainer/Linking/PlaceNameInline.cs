using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Site;

namespace TreatyExplainer.Linking;

/// <summary>A mention of a disputed place in running text, shown in the reader's chosen naming.</summary>
public sealed class PlaceNameInline(PlaceName name) : LeafInline
{
    public PlaceName Name { get; } = name;
}

/// <summary>
/// Writes the "both names" form as text, with each side's name in data attributes; the stylesheet shows the one
/// the reader chose, so the page never reflows after load and reads in full with JavaScript off.
/// </summary>
public sealed class PlaceNameRenderer : HtmlObjectRenderer<PlaceNameInline>
{
    protected override void Write(HtmlRenderer renderer, PlaceNameInline inline)
    {
        renderer.Write("<span class=\"place-name\" data-ja=\"").WriteEscape(inline.Name.Japanese)
            .Write("\" data-ru=\"").WriteEscape(inline.Name.Russian)
            .Write("\"><span class=\"place-both\">").WriteEscape(inline.Name.Both).Write("</span></span>");
    }
}
