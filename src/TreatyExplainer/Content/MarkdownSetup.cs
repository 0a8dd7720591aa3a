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
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();
}
