using Markdig.Renderers;
using Markdig.Syntax;
using TreatyExplainer.Content;

namespace TreatyExplainer.Linking;

/// <summary>Renders a page body with the site's Markdown pipeline and the renderers for what linking adds to the tree.</summary>
public static class LinkedHtml
{
    public static string Render(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSetup.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new PlaceNameRenderer());
        renderer.Render(document);
        return writer.ToString();
    }
}
