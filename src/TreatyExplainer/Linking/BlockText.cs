using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax.Inlines;

namespace TreatyExplainer.Linking;

/// <summary>
/// The text a reader sees in one block, as one string: emphasis, code and link boundaries are invisible in it, so a
/// name is judged by the characters on either side of it as the reader sees them ("Kuril**sk**" is one word).
/// It knows where each literal starts, and which characters no mention may touch: escaped markup, quoted titles
/// of cited works, and <c>::no-link spans::</c>.
/// Unlike PlainText and ParagraphText: a break stays '\n', a place shows both names, entities are decoded, and an
/// image or citation is U+FFFC.
/// </summary>
public sealed class BlockText
{
    /// <summary>Stands in for what shows no text, an image or a citation: it separates words as a space does.</summary>
    private const char ObjectMark = '\uFFFC';

    private readonly Dictionary<Inline, int> _starts;
    private readonly bool[] _blocked;

    private BlockText(string text, Dictionary<Inline, int> starts, bool[] blocked, bool commentOpen)
    {
        CommentOpen = commentOpen;
        Text = text;
        _starts = starts;
        _blocked = blocked;
    }

    public string Text { get; }

    /// <summary>Whether an escaped comment is still open at the end of this block, and runs on into the next.</summary>
    public bool CommentOpen { get; }

    /// <param name="commentOpen">Whether an escaped comment from an earlier block runs on into this one.</param>
    public static BlockText Of(ContainerInline root, IReadOnlySet<string> titles, bool commentOpen)
    {
        var text = new StringBuilder();
        var starts = new Dictionary<Inline, int>();
        var spans = new List<(int Start, int End)>();
        Append(root, text, starts, spans);
        var visible = text.ToString();
        var blocked = new bool[visible.Length];
        foreach (var (start, end) in spans) Array.Fill(blocked, true, start, end - start);
        EscapedMarkup.Mark(visible, blocked, ref commentOpen);
        QuotedTitles.Mark(visible, titles, blocked);
        return new BlockText(visible, starts, blocked, commentOpen);
    }

    /// <summary>Where a literal of this block starts in <see cref="Text"/>.</summary>
    public int StartOf(Inline literal) => _starts[literal];

    /// <summary>
    /// Whether the characters [start, end) may become a link: they are a whole word, not continued by a letter or
    /// digit across markup, and none of them is blocked.
    /// </summary>
    public bool MayLink(int start, int end)
    {
        if (start > 0 && Tokenizer.IsWordChar(Text[start - 1]) && Tokenizer.IsWordChar(Text[start])) return false;
        if (end < Text.Length && Tokenizer.IsWordChar(Text[end - 1]) && Tokenizer.IsWordChar(Text[end])) return false;
        return Array.IndexOf(_blocked, true, start, end - start) < 0;
    }

    /// <summary>Whether the inline is a <c>::span::</c>, the editor's mark for words that must not be linked.</summary>
    public static bool IsNoLinkSpan(Inline inline) => inline is CustomContainerInline;

    private static void Append(ContainerInline container, StringBuilder text, Dictionary<Inline, int> starts, List<(int, int)> spans)
    {
        foreach (var inline in container)
        {
            var start = text.Length;
            switch (inline)
            {
                case LiteralInline literal:
                    starts[literal] = start;
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append('\n');
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
                case PlaceNameInline place:
                    text.Append(place.Name.Both);
                    break;
                case LinkInline { IsImage: true }:
                    text.Append(ObjectMark);
                    break;
                case ContainerInline nested:
                    Append(nested, text, starts, spans);
                    if (IsNoLinkSpan(nested)) spans.Add((start, text.Length));
                    break;
                default:
                    text.Append(ObjectMark);
                    break;
            }
        }
    }
}
