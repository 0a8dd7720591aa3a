using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace TreatyExplainer.Content;

/// <summary>The one Markdig pipeline the site uses. Raw HTML is off: editors write Markdown only, and nothing they write can inject markup.</summary>
public static class MarkdownSetup
{
    /// <summary>
    /// Custom containers give the inline span <c>::words::</c>, a bare &lt;span&gt;, which editors use to keep words
    /// from being auto-linked (docs/linking.md). Generic attributes (<c>{.nolink}</c>) would do it too, but they
    /// let an editor write any attribute, <c>onclick</c> included.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .UsePipeTables()
        .UseFootnotes()
        .Use<CitationExtension>()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UseSmartyPants()
        .Use<TypographyExtension>()
        .Build();
}
