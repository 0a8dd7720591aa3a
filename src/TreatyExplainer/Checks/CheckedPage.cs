using AngleSharp.Html.Dom;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Checks;

/// <summary>A rendered page parsed by AngleSharp, with the parse errors the parser raised. Lives only while its own page is checked.</summary>
public sealed record CheckedPage(RenderedPage Page, IHtmlDocument Document, IReadOnlyList<HtmlProblem> ParseErrors, IReadOnlySet<string> Ids);

/// <summary>A problem at a line and column of the rendered HTML.</summary>
public readonly record struct HtmlProblem(int Line, int Column, string Message);

/// <summary>An address a page refers to (href or src), where it stands in the HTML.</summary>
public readonly record struct LinkReference(string Value, int Line, int Column);

/// <summary>
/// What is kept of a page once its DOM is gone: its ids, and the few links whose #fragment points into another
/// page and so can only be checked when every page is rendered.
/// </summary>
public sealed record PageFacts(string SitePath, string SourcePath, IReadOnlySet<string> Ids, IReadOnlyList<LinkReference> DeferredLinks);
