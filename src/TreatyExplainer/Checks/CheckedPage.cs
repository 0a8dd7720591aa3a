using AngleSharp.Html.Dom;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Checks;

/// <summary>A rendered page parsed by AngleSharp, with the parse errors the parser raised.</summary>
public sealed record CheckedPage(RenderedPage Page, IHtmlDocument Document, IReadOnlyList<HtmlProblem> ParseErrors, IReadOnlySet<string> Ids);

/// <summary>A problem at a line and column of the rendered HTML.</summary>
public readonly record struct HtmlProblem(int Line, int Column, string Message);
