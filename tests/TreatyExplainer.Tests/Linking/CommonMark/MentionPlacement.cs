using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TreatyExplainer.Tests.Linking.CommonMark;

/// <summary>
/// Finds mention links where none belongs, judged on the rendered page as a reader sees it, independently of how
/// the linker decides: inside a longer word, inside code, inside another link, or inside text that shows markup.
/// </summary>
public static partial class MentionPlacement
{
    /// <summary>What an image shows in the text: no letters, so it separates words as a space does.</summary>
    private const char ImageMark = '\uFFFC';

    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Inline = ["a", "em", "strong", "code", "span", "sup", "sub", "del", "ins", "mark"];

    /// <summary>The number of mention links in the body, and a line for each one that is misplaced.</summary>
    public static (int Count, List<string> Problems) Check(string bodyHtml)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        var text = new StringBuilder();
        var mentions = new List<(IElement Link, int Start, int End)>();
        Walk(document.Body!, text, mentions);
        var visible = text.ToString();
        var markup = ShownMarkup().Matches(visible).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var problems = new List<string>();
        foreach (var (link, start, end) in mentions)
        {
            var words = visible[start..end];
            if (link.Ancestors<IElement>().FirstOrDefault(a => a.LocalName is "code" or "pre" or "a") is { } holder)
                problems.Add($"'{words}' inside <{holder.LocalName}>");
            if (start > 0 && IsWordChar(visible[start - 1]) && IsWordChar(visible[start]))
                problems.Add($"'{words}' continues a word: '{visible[Math.Max(0, start - 10)..end]}'");
            if (end < visible.Length && IsWordChar(visible[end - 1]) && IsWordChar(visible[end]))
                problems.Add($"'{words}' is continued by a word: '{visible[start..Math.Min(visible.Length, end + 10)]}'");
            if (markup.Exists(m => start < m.End && m.Index < end))
                problems.Add($"'{words}' inside escaped markup");
        }
        return (mentions.Count, problems);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static void Walk(INode node, StringBuilder text, List<(IElement, int, int)> mentions)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText value:
                    text.Append(value.Data);
                    break;
                case IElement { LocalName: "img" }:
                    text.Append(ImageMark);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element:
                    // Blocks end lines: the last word of one paragraph does not run into the first of the next.
                    var block = !Inline.Contains(element.LocalName);
                    if (block) text.Append('\n');
                    var start = text.Length;
                    Walk(element, text, mentions);
                    if (SpecHtml.IsMention(element)) mentions.Add((element, start, text.Length));
                    if (block) text.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Anything that reads as a tag, comment or declaration: '&lt;', a letter, '/', '!' or '?', up to the next '&gt;'.</summary>
    [GeneratedRegex(@"<[A-Za-z/!?][^<>]*>")]
    private static partial Regex ShownMarkup();
}
