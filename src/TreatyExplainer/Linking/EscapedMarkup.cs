using System.Text.RegularExpressions;

namespace TreatyExplainer.Linking;

/// <summary>
/// Where text shows markup: raw HTML is off, so a tag, comment, processing instruction, declaration or CDATA
/// section written in Markdown reaches the reader escaped, as text, and so does anything in angle brackets that
/// reads as one (<c>&lt;foo.bar.baz&gt;</c>, <c>&lt;https://a b&gt;</c>). It reads as code: no name in it is linked.
/// The grammar is CommonMark's (0.31.2, "Raw HTML"), read on the text a reader sees.
/// </summary>
public static partial class EscapedMarkup
{
    private const string CommentOpen = "<!--";
    private const string CommentClose = "-->";

    /// <summary>
    /// Marks the characters of <paramref name="text"/> that show markup. A comment may run on over blank lines into
    /// later blocks, as CommonMark's HTML blocks do: <paramref name="inComment"/> carries it from block to block.
    /// </summary>
    public static void Mark(string text, bool[] marked, ref bool inComment)
    {
        var from = 0;
        if (inComment)
        {
            var close = text.IndexOf(CommentClose, StringComparison.Ordinal);
            from = close < 0 ? text.Length : close + CommentClose.Length;
            Array.Fill(marked, true, 0, from);
            inComment = close < 0;
            if (inComment) return;
        }
        if (text.IndexOf('<', from) < 0) return;
        var end = from;
        foreach (Match match in ShownMarkup().Matches(text, from))
        {
            Array.Fill(marked, true, match.Index, match.Length);
            end = match.Index + match.Length;
        }
        var open = text.IndexOf(CommentOpen, end, StringComparison.Ordinal);
        if (open >= 0)
        {
            Array.Fill(marked, true, open, text.Length - open);
            inComment = true;
        }
    }

    private const string TagName = "[A-Za-z][A-Za-z0-9-]*";
    private const string Attribute = @"\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s""'=<>`]+|'[^']*'|""[^""]*""))?";

    [GeneratedRegex(
        "<!-->|<!--->|<!--.*?-->"
        + @"|<!\[CDATA\[.*?\]\]>"
        + @"|<\?.*?\?>"
        + "|<" + TagName + "(?:" + Attribute + @")*\s*/?>"
        + "|<![A-Za-z][^>]*>"
        + "|</?[A-Za-z][^<>]*>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ShownMarkup();
}
