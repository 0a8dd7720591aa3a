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

/// <summary>Writes a renamed place as <see cref="PlaceNameMarkup"/>: real text in every naming mode, both names with JavaScript off.</summary>
public sealed class PlaceNameRenderer : HtmlObjectRenderer<PlaceNameInline>
{
    protected override void Write(HtmlRenderer renderer, PlaceNameInline inline) => PlaceNameMarkup.Write(renderer, inline.Name);
}
