using Markdig.Helpers;
using Markdig.Parsers;

namespace TreatyExplainer.Content;

/// <summary>
/// Reads Pandoc's bracketed citations: <c>[@id]</c>, <c>[@id, locator]</c> and items joined by <c>;</c>. Anything
/// else in brackets, and a bracket followed by <c>(</c> (a link), is left to Markdig's link parser.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var open = slice.Start;
        if (open + 1 > slice.End || text[open + 1] != '@') return false;
        var close = text.IndexOfAny(['[', ']'], open + 1, slice.End - open);
        if (close < 0 || text[close] != ']') return false;
        if (close + 1 <= slice.End && text[close + 1] == '(') return false;

        var items = new List<CitationItem>();
        var partStart = open + 1;
        while (partStart <= close)
        {
            var partEnd = text.IndexOf(';', partStart, close - partStart);
            if (partEnd < 0) partEnd = close;
            if (ParseItem(processor, slice, text, partStart, partEnd) is not { } item) return false;
            items.Add(item);
            partStart = partEnd + 1;
        }

        var start = processor.GetSourcePosition(open, out var line, out var column);
        processor.Inline = new CitationInline(text[open..(close + 1)], items)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + close - open),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    private static CitationItem? ParseItem(InlineProcessor processor, StringSlice slice, string text, int from, int to)
    {
        var at = from;
        while (at < to && char.IsWhiteSpace(text[at])) at++;
        if (at >= to || text[at] != '@') return null;
        var idStart = at + 1;
        var idEnd = idStart;
        while (idEnd < to && IsIdChar(text[idEnd])) idEnd++;
        // Pandoc lets an id hold inner punctuation but not end with it: "[@a.]" cites "a".
        while (idEnd > idStart && text[idEnd - 1] is '.' or ':' or '/') idEnd--;
        if (idEnd == idStart || !char.IsLetterOrDigit(text[idStart])) return null;

        var rest = text[idEnd..to].Trim();
        string? locator = null;
        if (rest.Length > 0)
        {
            if (rest[0] != ',') return null;
            locator = string.Join(' ', rest[1..].Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (locator.Length == 0) return null;
        }
        processor.GetSourcePosition(at, out var line, out var column);
        return new CitationItem(text[idStart..idEnd], locator, line, column);
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/';
}
