using System.Buffers;
using System.Text;

namespace TreatyExplainer.Checks;

/// <summary>
/// The tokenizer half of <see cref="MarkupScanner"/>: reads text, tags, comments and raw text from generated HTML,
/// accepting only the plain markup on which an HTML5 tokenizer raises no error. Whatever it cannot vouch for makes
/// it give up (a method returns false) and the page goes to AngleSharp instead: it may refuse valid HTML, but it
/// never accepts an error.
/// </summary>
internal sealed class MarkupReader(string html)
{
    // Characters a text run stops at: markup, references, and every character the HTML5 input stream reports as an
    // error (controls, noncharacters, surrogates), which are then looked at one by one.
    private static readonly SearchValues<char> TextStops = SearchValues.Create(Unusual("<&"));
    private static readonly SearchValues<char> ValueStops = SearchValues.Create(Unusual("&"));
    private static readonly SearchValues<char> CommentStops = SearchValues.Create(Unusual(""));
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n");

    private readonly List<MarkupAttribute> _attributes = [];
    private int _lineOffset;
    private int _line = 1;
    private int _lineStart;

    public int Position { get; private set; }

    public bool AtEnd => Position >= html.Length;

    public bool AtMarkup => html[Position] == '<';

    /// <summary>The attributes of the tag <see cref="ReadTag"/> read last.</summary>
    public IReadOnlyList<MarkupAttribute> Attributes => _attributes;

    /// <summary>Reads the only doctype accepted, <c>&lt;!DOCTYPE html&gt;</c>, at the very start.</summary>
    public bool ReadDoctype()
    {
        const string doctype = "<!DOCTYPE html>";
        if (!html.AsSpan().StartsWith(doctype, StringComparison.OrdinalIgnoreCase)) return false;
        Position = doctype.Length;
        return true;
    }

    /// <summary>Reads text up to the next '&lt;'; tells whether it holds anything but whitespace, and appends it, decoded, to <paramref name="capture"/>.</summary>
    public bool ReadText(out bool hasContent, StringBuilder? capture)
    {
        hasContent = false;
        while (Position < html.Length)
        {
            var rest = html.AsSpan(Position);
            var stop = rest.IndexOfAny(TextStops);
            var run = stop < 0 ? rest : rest[..stop];
            hasContent |= run.ContainsAnyExcept(Whitespace);
            capture?.Append(run);
            Position += run.Length;
            if (stop < 0 || html[Position] == '<') return true;
            hasContent = true;
            if (!(html[Position] == '&' ? ReadReference(html.Length, capture) : ReadPair(html.Length, capture))) return false;
        }
        return true;
    }

    /// <summary>Reads a comment whose text no tokenizer could take for anything else.</summary>
    public bool ReadComment()
    {
        if (!html.AsSpan(Position).StartsWith("<!--", StringComparison.Ordinal)) return false;
        var start = Position + 4;
        var end = html.IndexOf("-->", start, StringComparison.Ordinal);
        if (end < 0) return false;
        var text = html.AsSpan(start, end - start);
        if (text.StartsWith('>') || text.StartsWith("->", StringComparison.Ordinal) || text.EndsWith('-')
            || text.Contains("--", StringComparison.Ordinal) || text.Contains("<!-", StringComparison.Ordinal)
            || !IsPlain(text, CommentStops)) return false;
        Position = end + 3;
        return true;
    }

    /// <summary>
    /// Reads the text of a title, script or style element and its end tag. A title's references are checked and
    /// decoded into <paramref name="capture"/>; a script may not hold "&lt;!--", which sends tokenizers into its escape states.
    /// </summary>
    public bool ReadRawText(string name, bool references, StringBuilder? capture)
    {
        var end = Position;
        while ((end = html.IndexOf("</", end, StringComparison.Ordinal)) >= 0
            && !html.AsSpan(end + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)) end += 2;
        if (end < 0 || end + 2 + name.Length >= html.Length || html[end + 2 + name.Length] != '>') return false;
        var text = html.AsSpan(Position, end - Position);
        if (name == "script" && text.Contains("<!--", StringComparison.Ordinal)) return false;
        if (references ? !ReadRun(end, capture) : !IsPlain(text, CommentStops)) return false;
        Position = end + 3 + name.Length;
        return true;
    }

    /// <summary>
    /// Reads a start or end tag: a known name, then attributes written the plain way (a letter, name characters,
    /// optionally '=' and a quoted or simple value). Returns the tag's name as <see cref="HtmlElements"/> spells it.
    /// </summary>
    public bool ReadTag(out string name, out bool isEnd, out bool selfClosing)
    {
        name = "";
        selfClosing = false;
        _attributes.Clear();
        var at = Position + 1;
        isEnd = at < html.Length && html[at] == '/';
        if (isEnd) at++;
        var nameEnd = at;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
        if (nameEnd == at || !char.IsAsciiLetter(html[at]) || HtmlElements.Known(html.AsSpan(at, nameEnd - at)) is not { } known) return false;
        name = known;
        at = nameEnd;
        if (isEnd)
        {
            if (at >= html.Length || html[at] != '>') return false;
            Position = at + 1;
            return true;
        }
        while (at < html.Length)
        {
            var spaced = false;
            while (at < html.Length && Whitespace.Contains(html[at])) (at, spaced) = (at + 1, true);
            if (at >= html.Length) return false;
            if (html[at] == '>' || (html[at] == '/' && at + 1 < html.Length && html[at + 1] == '>'))
            {
                selfClosing = html[at] == '/';
                Position = at + (selfClosing ? 2 : 1);
                return true;
            }
            if (!spaced || !ReadAttribute(ref at)) return false;
        }
        return false;
    }

    /// <summary>An attribute's value with its references decoded, or null when the tag has no such attribute.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (!html.AsSpan(attribute.NameStart, attribute.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var value = html.AsSpan(attribute.ValueStart, attribute.ValueLength);
            if (!value.Contains('&')) return value.ToString();
            var decoded = new StringBuilder(value.Length);
            var saved = Position;
            Position = attribute.ValueStart;
            ReadRun(attribute.ValueStart + attribute.ValueLength, decoded);
            Position = saved;
            return decoded.ToString();
        }
        return null;
    }

    /// <summary>The line and column where AngleSharp places a node starting at <paramref name="offset"/>; offsets must not go backwards.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var span = html.AsSpan(_lineOffset, offset - _lineOffset);
        var newlines = span.Count('\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _lineOffset + span.LastIndexOf('\n') + 1;
        }
        _lineOffset = offset;
        return (_line, offset - _lineStart + 1);
    }

    private bool ReadAttribute(ref int at)
    {
        var start = at;
        if (!char.IsAsciiLetter(html[at])) return false;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or ':' or '.')) at++;
        var name = html.AsSpan(start, at - start);
        foreach (var other in _attributes)
            if (html.AsSpan(other.NameStart, other.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        if (at >= html.Length) return false;
        if (html[at] != '=')
        {
            _attributes.Add(new MarkupAttribute(start, at - start, at, 0));
            return html[at] is ' ' or '\t' or '\n' or '>' or '/';
        }
        at++;
        if (at >= html.Length) return false;
        if (html[at] is '"' or '\'')
        {
            var close = html.IndexOf(html[at], at + 1);
            if (close < 0 || !IsValue(at + 1, close)) return false;
            _attributes.Add(new MarkupAttribute(start, name.Length, at + 1, close - at - 1));
            at = close + 1;
            return at < html.Length && html[at] is ' ' or '\t' or '\n' or '>' or '/';
        }
        var valueStart = at;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or '.' or '/' or ':' or '#' or '?' or '%' or '+' or ',')) at++;
        if (at == valueStart || at >= html.Length || html[at] is not (' ' or '\t' or '\n' or '>')) return false;
        _attributes.Add(new MarkupAttribute(start, name.Length, valueStart, at - valueStart));
        return true;
    }

    private bool IsValue(int start, int end)
    {
        var saved = Position;
        Position = start;
        var plain = ReadRun(end, null);
        Position = saved;
        return plain;
    }

    /// <summary>Reads up to <paramref name="end"/>, checking characters and references, as in an attribute value or a title.</summary>
    private bool ReadRun(int end, StringBuilder? capture)
    {
        while (Position < end)
        {
            var rest = html.AsSpan(Position, end - Position);
            var stop = rest.IndexOfAny(ValueStops);
            var run = stop < 0 ? rest : rest[..stop];
            capture?.Append(run);
            Position += run.Length;
            if (stop < 0) return true;
            if (!(html[Position] == '&' ? ReadReference(end, capture) : ReadPair(end, capture))) return false;
        }
        return true;
    }

    /// <summary>A character reference at '&amp;': only the few named ones the generator writes, and numeric ones to a valid character.</summary>
    private bool ReadReference(int end, StringBuilder? capture)
    {
        var rest = html.AsSpan(Position + 1, end - Position - 1);
        if (rest.IsEmpty || !(char.IsAsciiLetterOrDigit(rest[0]) || rest[0] == '#'))
        {
            capture?.Append('&');
            Position++;
            return true;
        }
        var semicolon = rest[..Math.Min(rest.Length, 10)].IndexOf(';');
        if (semicolon < 1 || CharacterReferences.Decode(rest[..semicolon]) is not { } value) return false;
        capture?.Append(value);
        Position += semicolon + 2;
        return true;
    }

    /// <summary>A surrogate pair that makes a character which is not a noncharacter; anything else unusual gives up.</summary>
    private bool ReadPair(int end, StringBuilder? capture)
    {
        var high = html[Position];
        if (!char.IsHighSurrogate(high) || Position + 1 >= end || !char.IsLowSurrogate(html[Position + 1])) return false;
        if ((char.ConvertToUtf32(high, html[Position + 1]) & 0xFFFE) == 0xFFFE) return false;
        capture?.Append(html, Position, 2);
        Position += 2;
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> text, SearchValues<char> stops)
    {
        for (var i = text.IndexOfAny(stops); i >= 0; i = text.IndexOfAny(stops))
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                || (char.ConvertToUtf32(text[i], text[i + 1]) & 0xFFFE) == 0xFFFE) return false;
            text = text[(i + 2)..];
        }
        return true;
    }

    private static string Unusual(string markup)
    {
        var chars = new StringBuilder(markup);
        for (var c = 0; c < 0x20; c++) if (c is not ('\t' or '\n')) chars.Append((char)c);
        for (var c = 0x7F; c <= 0x9F; c++) chars.Append((char)c);
        for (var c = 0xD800; c <= 0xDFFF; c++) chars.Append((char)c);
        for (var c = 0xFDD0; c <= 0xFDEF; c++) chars.Append((char)c);
        return chars.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
