using Scriban.Runtime;

namespace TreatyExplainer.Rendering;

/// <summary>One page to render: where it goes, which file it comes from, its layout and its variables.</summary>
public sealed record RenderJob(string SitePath, string SourcePath, string Layout, ScriptObject Variables);

/// <summary>A rendered page, not yet checked or written.</summary>
public sealed record RenderedPage(string SitePath, string SourcePath, string Html);
