using TreatyExplainer.Citations;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Layout the theme cannot do alone, on a body the generator rendered itself. Raw HTML is off in the Markdown, so
/// every <c>&lt;h2</c> and <c>&lt;p&gt;</c> in the body is a tag the renderer wrote, never an editor's text.
/// </summary>
public static class BodyLayout
{
    /// <summary>
    /// Wraps a "Japan's position" section and the "Russia's position" section next to it (in either order) in
    /// <c>div.positions</c>, one <c>div.position</c> each, so wide screens can set them side by side.
    /// </summary>
    public static string WrapPositions(string html, IReadOnlyList<PageSection> sections)
    {
        for (var i = 0; i + 1 < sections.Count; i++)
        {
            var first = PositionSections.OfTitle(sections[i].Title)?.Name;
            var second = PositionSections.OfTitle(sections[i + 1].Title)?.Name;
            if (first is null || second is null || first == second) continue;
            var start = html.IndexOf(HeadingStart(sections[i]), StringComparison.Ordinal);
            var middle = start < 0 ? -1 : html.IndexOf(HeadingStart(sections[i + 1]), start, StringComparison.Ordinal);
            var end = middle < 0 ? -1 : i + 2 < sections.Count ? html.IndexOf(HeadingStart(sections[i + 2]), middle, StringComparison.Ordinal) : html.Length;
            if (end < 0) return html;
            return string.Concat(html[..start], "<div class=\"positions\">\n<div class=\"position\">\n", html[start..middle],
                "</div>\n<div class=\"position\">\n", html[middle..end], "</div>\n</div>\n", html[end..]);
        }
        return html;
    }

    /// <summary>The body's first paragraph and the rest, when the body opens with a paragraph; else no lede.</summary>
    public static (string Lede, string Remainder) SplitLede(string html)
    {
        const string close = "</p>\n";
        if (!html.StartsWith("<p>", StringComparison.Ordinal)) return ("", html);
        var end = html.IndexOf(close, StringComparison.Ordinal);
        return end < 0 ? ("", html) : (html[..(end + close.Length)], html[(end + close.Length)..]);
    }

    private static string HeadingStart(PageSection section) => "<h2 id=\"" + Html.Escape(section.Id) + "\"";
}
