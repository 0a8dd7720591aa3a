namespace TreatyExplainer.Content;

/// <summary>
/// Measures how deeply front matter nests without parsing it, so text that would overflow the YAML reader's
/// stack (60,000 '[' in a row) is refused first. It follows quotes, comments, block scalars, flow brackets and
/// block indentation the way YAML does, closely enough to bound depth and to say where a bracket or quote opened.
/// </summary>
public static class YamlShapeScanner
{
    public static YamlShape Scan(string yaml, int maxDepth)
    {
        var scan = new State();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (ScanLine(lines[i], i + 1, maxDepth, scan) is { } deep) return new YamlShape(deep, null, scan.CommentInFlow);
        }
        var unclosed = scan.Quote ?? (scan.Flow.Count > 0 ? scan.Flow[^1] : null);
        return new YamlShape(null, unclosed, scan.CommentInFlow);
    }

    private sealed class State
    {
        public readonly List<YamlMark> Flow = [];
        public readonly List<int> Indents = [];
        public YamlMark? Quote;
        public YamlMark? CommentInFlow;
        public int? BlockScalarIndent;
        public int BlockDepth;
    }

    private static YamlMark? ScanLine(string line, int number, int maxDepth, State scan)
    {
        var start = 0;
        if (scan.Quote is null && scan.Flow.Count == 0)
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var blank = line.AsSpan(indent).Trim().IsEmpty;
            if (scan.BlockScalarIndent is { } parent)
            {
                if (blank || indent > parent) return null;
                scan.BlockScalarIndent = null;
            }
            if (blank || line[indent] == '#') return null;
            while (scan.Indents.Count > 0 && scan.Indents[^1] >= indent) scan.Indents.RemoveAt(scan.Indents.Count - 1);
            scan.Indents.Add(indent);
            scan.BlockDepth = scan.Indents.Count;
            start = indent;
            // "- - - x" nests one list inside another on a single line, two characters a level.
            while (start + 1 < line.Length && line[start] is '-' or '?' && line[start + 1] is ' ')
            {
                if (++scan.BlockDepth > maxDepth) return new YamlMark(line[start], number, start + 1);
                start += 2;
                while (start < line.Length && line[start] == ' ') start++;
            }
            if (scan.BlockDepth > maxDepth) return new YamlMark(' ', number, start + 1);
        }
        for (var j = start; j < line.Length; j++)
        {
            var c = line[j];
            if (scan.Quote is { } quote)
            {
                if (quote.Symbol == '"' && c == '\\') j++;
                else if (c == quote.Symbol && quote.Symbol == '\'' && j + 1 < line.Length && line[j + 1] == '\'') j++;
                else if (c == quote.Symbol) scan.Quote = null;
                continue;
            }
            if (c == '#' && (j == 0 || line[j - 1] is ' ' or '\t'))
            {
                if (scan.Flow.Count > 0) scan.CommentInFlow ??= new YamlMark('#', number, j + 1);
                return null;
            }
            var inFlow = scan.Flow.Count > 0;
            if (c is '"' or '\'' && StartsNode(line, j, inFlow)) scan.Quote = new YamlMark(c, number, j + 1);
            else if (c is '[' or '{' && (inFlow || StartsNode(line, j, inFlow)))
            {
                scan.Flow.Add(new YamlMark(c, number, j + 1));
                if (scan.BlockDepth + scan.Flow.Count > maxDepth) return scan.Flow[^1];
            }
            else if (c is ']' or '}' && scan.Flow.Count > 0) scan.Flow.RemoveAt(scan.Flow.Count - 1);
            else if (c is '|' or '>' && !inFlow && StartsNode(line, j, inFlow) && IsBlockScalarHeader(line.AsSpan(j + 1)))
            {
                scan.BlockScalarIndent = line.Length - line.TrimStart(' ').Length;
                return null;
            }
        }
        return null;
    }

    /// <summary>A quote or bracket begins a value only at the start of one: after "key: " or "- ", or inside brackets after ',' or an open bracket.</summary>
    private static bool StartsNode(string line, int j, bool inFlow)
    {
        var k = j - 1;
        while (k >= 0 && line[k] is ' ' or '\t') k--;
        if (k < 0) return true;
        var spaced = k < j - 1;
        return line[k] switch
        {
            '[' or '{' or ',' => inFlow,
            ':' or '-' or '?' => spaced && (k == 0 || line[k - 1] is ' ' or '\t' || line[k] == ':'),
            _ => false,
        };
    }

    /// <summary>'|' or '>' then only chomping and indentation indicators, and perhaps a comment.</summary>
    private static bool IsBlockScalarHeader(ReadOnlySpan<char> rest)
    {
        var comment = rest.IndexOf(" #");
        var head = (comment >= 0 ? rest[..comment] : rest).Trim();
        foreach (var c in head)
        {
            if (c is not ('+' or '-' or (>= '1' and <= '9'))) return false;
        }
        return true;
    }
}
