using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace TreatyExplainer.Content;

/// <summary>Adds Pandoc citations to a Markdig pipeline: the parser ahead of links, the renderer for HTML.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationParser>()) return;
        var links = pipeline.InlineParsers.FindIndex(p => p is LinkInlineParser);
        pipeline.InlineParsers.Insert(Math.Max(links, 0), new CitationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
            html.ObjectRenderers.Insert(0, new CitationRenderer());
    }
}
