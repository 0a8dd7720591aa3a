using System.Text;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Content;
using TreatyExplainer.Linking;

namespace TreatyExplainer.Citations;

/// <summary>
/// The prose of one block as the checks read it: literal text with line breaks kept (so a finding has a line),
/// code left out, and the works its citations name.
/// Unlike BlockText and PlainText: code is one space and citations are collected, not written.
/// </summary>
public sealed class ParagraphText
{
    private ParagraphText(string text, IReadOnlyList<int> cited)
    {
        Text = text;
        Cited = cited;
    }

    public string Text { get; }

    /// <summary>Entry indexes of the works cited in the block.</summary>
    public IReadOnlyList<int> Cited { get; }

    public int Words => PlainText.CountWords(Text);

    public static ParagraphText Of(ContainerInline inline)
    {
        var text = new StringBuilder();
        var cited = new List<int>();
        Append(inline, text, cited);
        return new ParagraphText(text.ToString(), cited);
    }

    /// <summary>The 1-based line offset and column of a character of <see cref="Text"/>, counted from the block's first line.</summary>
    public (int LineOffset, int Column) Locate(int index)
    {
        var lineStart = index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1;
        return (Text.AsSpan(0, index).Count('\n'), index - lineStart + 1);
    }

    private static void Append(ContainerInline container, StringBuilder text, List<int> cited)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case CitationInline { Resolved: { } resolved }:
                    cited.AddRange(resolved.Select(r => r.Entry));
                    break;
                case CitationInline unresolved:
                    // An unknown id is already an error; counting it as a citation keeps the warnings about it quiet.
                    cited.Add(-1);
                    text.Append(' ');
                    break;
                case CodeInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(nested, text, cited);
                    break;
            }
        }
    }
}
