using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace TreatyExplainer.Content;

/// <summary>The one Markdig pipeline the site uses. Raw HTML is off: editors write Markdown only, and nothing they write can inject markup.</summary>
public static class MarkdownSetup
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .UsePipeTables()
        .UseFootnotes()
        .Use<Citations.CitationExtension>()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    public static string ToHtml(Markdig.Syntax.MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new Linking.PlaceNameRenderer());
        renderer.Render(document);
        return writer.ToString();
    }
}
