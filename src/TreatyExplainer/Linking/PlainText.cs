using System.Text;
using Markdig.Syntax.Inlines;

namespace TreatyExplainer.Linking;

/// <summary>
/// The visible text of inlines, as a reader sees it, with where each link sits in it.
/// Unlike BlockText and ParagraphText: a line break is a space and a place is written as in plain text (snippets, headings);
/// an entity is the character it stands for.
/// </summary>
public static class PlainText
{
    public static void Append(ContainerInline container, StringBuilder text, Dictionary<LinkInline, (int Start, int End)> links)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case PlaceNameInline place:
                    text.Append(place.Name.InPlainText);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LinkInline link:
                    var start = text.Length;
                    Append(link, text, links);
                    links[link] = (start, text.Length);
                    break;
                case ContainerInline nested:
                    Append(nested, text, links);
                    break;
            }
        }
    }

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text, []);
        return text.ToString();
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord) count++;
            inWord = isWordChar;
        }
        return count;
    }
}
