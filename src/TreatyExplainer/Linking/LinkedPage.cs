using Markdig.Syntax;

namespace TreatyExplainer.Linking;

/// <summary>A document's Markdown with its mentions turned into links, and what was linked.</summary>
public sealed record LinkedPage(int Entry, MarkdownDocument Markdown, IReadOnlyList<Mention> Mentions, int WordCount);
