using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TreatyExplainer.Tests.Linking.CommonMark;

/// <summary>
/// HTML in a canonical form, as the spec's own runner (test/normalize.py) compares it: entities decoded, attributes
/// sorted, runs of whitespace collapsed outside &lt;pre&gt;, no whitespace around block tags. Two things the
/// generator adds on purpose are taken out: mention links are unwrapped to their text, and headings lose the ids
/// that anchors need.
/// </summary>
public static partial class SpecHtml
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    public static string Normalise(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var text = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes) Write(node, text, inPre: false);
        return AroundBlockTags().Replace(Straightened(text.ToString()), "$1").Trim();
    }

    /// <summary>The site sets text with typographic quotes, dashes and ellipses on purpose; the spec's structure is what is compared.</summary>
    private static string Straightened(string text) =>
        text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
            .Replace("—", "---", StringComparison.Ordinal).Replace("–", "--", StringComparison.Ordinal).Replace("…", "...", StringComparison.Ordinal);

    public static bool IsMention(IElement element) => element.LocalName == "a" && element.ClassList.Contains("mention");

    private static void Write(INode node, StringBuilder text, bool inPre)
    {
        switch (node)
        {
            case IElement element when IsMention(element):
                foreach (var child in element.ChildNodes) Write(child, text, inPre);
                break;
            case IElement element:
                var name = element.LocalName;
                text.Append('<').Append(name);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    if (attribute.Name == "id" && name is ['h', >= '1' and <= '6']) continue;
                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                }
                text.Append('>');
                if (VoidElements.Contains(name)) break;
                foreach (var child in element.ChildNodes) Write(child, text, inPre || name == "pre");
                text.Append("</").Append(name).Append('>');
                break;
            case IText value:
                text.Append(inPre ? Escape(value.Data) : Whitespace().Replace(Escape(value.Data), " "));
                break;
            case IComment comment:
                text.Append("<!--").Append(comment.Data).Append("-->");
                break;
        }
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(</?(?:address|article|aside|blockquote|caption|center|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|legend|li|main|menu|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s[^>]*)?>)\s*")]
    private static partial Regex AroundBlockTags();
}
