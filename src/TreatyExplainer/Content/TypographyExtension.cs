using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TreatyExplainer.Content;

/// <summary>
/// The punctuation of an edited text: Markdig's SmartyPants pairs straight quotes into “ ” and ‘ ’ and makes
/// "--" an en dash, "---" an em dash and "..." an ellipsis; an apostrophe inside or after a word becomes ’. Each
/// mark is then put back into the tree as literal text, so the linker, the citation and quotation checks and the
/// search text all read the characters the reader sees. Code spans and blocks hold no literals and keep their quotes.
/// Add it after <c>UseSmartyPants()</c> (<see cref="MarkdownSetup"/>).
/// </summary>
public sealed class TypographyExtension : IMarkdownExtension
{
    private static readonly Dictionary<SmartyPantType, string> Marks = new()
    {
        [SmartyPantType.LeftQuote] = "‘",
        [SmartyPantType.RightQuote] = "’",
        [SmartyPantType.LeftDoubleQuote] = "“",
        [SmartyPantType.RightDoubleQuote] = "”",
        [SmartyPantType.LeftAngleQuote] = "«",
        [SmartyPantType.RightAngleQuote] = "»",
        [SmartyPantType.Ellipsis] = "…",
        [SmartyPantType.Dash2] = "–",
        [SmartyPantType.Dash3] = "—",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AsText;
        pipeline.DocumentProcessed += AsText;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AsText(MarkdownDocument document)
    {
        foreach (var mark in document.Descendants<SmartyPant>().ToList())
        {
            if (IsCommentDelimiter(mark) || InsideShownTag(mark) || !Marks.TryGetValue(mark.Type, out var typographic))
            {
                mark.ReplaceBy(mark.AsLiteralInline());
                continue;
            }
            mark.ReplaceBy(new LiteralInline(typographic) { Span = mark.Span, Line = mark.Line, Column = mark.Column });
        }
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Content.IndexOf('\'') < 0) continue;
            // An unpaired quote is a literal of its own: the words it touches are in the literals beside it.
            var text = LastChar(literal.PreviousSibling) + literal.Content.ToString() + FirstChar(literal.NextSibling);
            literal.Content = new StringSlice(Apostrophes(text)[1..^1]);
        }
    }

    /// <summary>The "--" of "&lt;!--" or "--&gt;": raw HTML is off, so a comment shows as text, as the markup it is (<c>EscapedMarkup</c>).</summary>
    private static bool IsCommentDelimiter(SmartyPant mark) =>
        mark.Type == SmartyPantType.Dash2 && (LastChar(mark.PreviousSibling) == '!' || FirstChar(mark.NextSibling) == '>');

    /// <summary>Whether the mark stands inside a tag shown as text, <c>&lt;div id="a"&gt;</c>, which keeps its straight quotes as code would.</summary>
    private static bool InsideShownTag(Inline mark)
    {
        for (var node = mark.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node is not LiteralInline literal) continue;
            var text = literal.Content.AsSpan();
            var at = text.LastIndexOfAny('<', '>');
            if (at >= 0) return text[at] == '<' && at + 1 < text.Length && (char.IsAsciiLetter(text[at + 1]) || text[at + 1] == '/');
        }
        return false;
    }

    private static char LastChar(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content[literal.Content.End],
        ContainerInline container => LastChar(container.LastChild),
        _ => ' ',
    };

    private static char FirstChar(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content[literal.Content.Start],
        ContainerInline container => FirstChar(container.FirstChild),
        _ => ' ',
    };

    /// <summary>A straight single quote SmartyPants left unpaired and touching a word, as in "Japan's" or "the islands'", is an apostrophe: ’.</summary>
    public static string Apostrophes(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\'') continue;
            var afterWord = i > 0 && char.IsLetterOrDigit(chars[i - 1]);
            var beforeWord = i + 1 < chars.Length && char.IsLetterOrDigit(chars[i + 1]);
            if (afterWord || beforeWord) chars[i] = '’';
        }
        return new string(chars);
    }
}
