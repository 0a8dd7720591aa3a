using System.Text;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Wraps the Japanese and Russian runs of a rendered page's text in <c>&lt;span lang="ja"&gt;</c> and
/// <c>&lt;span lang="ru"&gt;</c>, so screen readers pronounce them in their language (<see cref="ScriptRuns"/>).
/// Only text between tags is touched: never attributes, comments, code, raw-text elements (title, script, style),
/// SVG, or text whose nearest <c>lang</c> is already the run's. A wrapped page passes through unchanged.
/// </summary>
public static class LangSpans
{
    private static readonly HashSet<string> Untouched = new(StringComparer.Ordinal)
        { "code", "pre", "kbd", "samp", "script", "style", "title", "textarea", "svg", "math", "option", "template" };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "title", "textarea" };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    private readonly record struct Open(string Name, string? Lang);

    public static string Wrap(string html)
    {
        if (!ScriptRuns.MayContain(html)) return html;
        // Built only at the first run to wrap, and then filled in bulk: most pages have few runs, many have none.
        StringBuilder? output = null;
        var copied = 0;
        var open = new List<Open>();
        var untouched = 0;
        var runs = new List<ScriptRuns.Run>();
        var i = 0;
        while (i < html.Length)
        {
            var tag = html.IndexOf('<', i);
            var textEnd = tag < 0 ? html.Length : tag;
            if (untouched == 0) WrapRuns(html, i, textEnd, CurrentLang(open), runs, ref output, ref copied);
            if (tag < 0) break;
            i = SkipTag(html, tag, open, ref untouched);
        }
        return output is null ? html : output.Append(html.AsSpan(copied)).ToString();
    }

    private static void WrapRuns(string html, int start, int end, string? lang, List<ScriptRuns.Run> runs, ref StringBuilder? output, ref int copied)
    {
        var text = html.AsSpan(start, end - start);
        if (!ScriptRuns.MayContain(text)) return;
        runs.Clear();
        ScriptRuns.Find(text, runs);
        foreach (var run in runs)
        {
            if (run.Lang == lang) continue;
            output ??= new StringBuilder(html.Length + 256);
            output.Append(html.AsSpan(copied, start + run.Start - copied)).Append("<span lang=\"").Append(run.Lang).Append("\">")
                .Append(text[run.Start..run.End]).Append("</span>");
            copied = start + run.End;
        }
    }

    private static string? CurrentLang(List<Open> open)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Lang is { } lang) return lang;
        }
        return null;
    }

    /// <summary>Reads the tag, comment or declaration at <paramref name="start"/>, keeps the open elements, and returns where it ends.</summary>
    private static int SkipTag(string html, int start, List<Open> open, ref int untouched)
    {
        if (html.AsSpan(start).StartsWith("<!--")) return EndOf(html, "-->", start + 4);
        if (start + 1 >= html.Length) return html.Length;
        var first = html[start + 1];
        if (first is '!' or '?') return EndOf(html, ">", start + 2);
        var closing = first == '/';
        var nameStart = closing ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
        if (nameEnd == nameStart) return start + 1; // a lone "<" in text
        var name = NameOf(html.AsSpan(nameStart, nameEnd - nameStart));
        var (end, lang, selfClosing) = ReadAttributes(html, nameEnd);
        if (closing)
        {
            var at = open.Count - 1;
            while (at >= 0 && open[at].Name != name) at--;
            if (at < 0) return end;
            for (var k = open.Count - 1; k >= at; k--)
            {
                if (Untouched.Contains(open[k].Name)) untouched--;
            }
            open.RemoveRange(at, open.Count - at);
            return end;
        }
        if (RawText.Contains(name))
        {
            // Its text is not markup: copy it through to its end tag, which the next call reads.
            var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }
        if (selfClosing || Void.Contains(name)) return end;
        open.Add(new Open(name, lang));
        if (Untouched.Contains(name)) untouched++;
        return end;
    }

    /// <summary>Reads up to the tag's closing "&gt;", quotes respected; returns its end, its lang attribute and whether it ends "/&gt;".</summary>
    private static (int End, string? Lang, bool SelfClosing) ReadAttributes(string html, int i)
    {
        string? lang = null;
        while (i < html.Length && html[i] != '>')
        {
            if (html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }
            if (html[i] == ' ' && html.AsSpan(i).StartsWith(" lang=\"", StringComparison.OrdinalIgnoreCase))
            {
                var valueEnd = html.IndexOf('"', i + 7);
                if (valueEnd < 0) return (html.Length, lang, false);
                lang = html[(i + 7)..valueEnd];
                i = valueEnd + 1;
                continue;
            }
            i++;
        }
        var selfClosing = i > 0 && i < html.Length && html[i - 1] == '/';
        return (Math.Min(i + 1, html.Length), lang, selfClosing);
    }

    /// <summary>The element name in lower case, without a new string for the names a page is made of.</summary>
    private static string NameOf(ReadOnlySpan<char> name) =>
        KnownNames.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames =
        new[]
        {
            "html", "head", "body", "meta", "link", "script", "style", "title", "header", "footer", "main", "nav", "section",
            "article", "aside", "div", "span", "p", "a", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "em", "strong", "i", "b", "sup", "sub", "small", "abbr", "time", "mark", "cite", "q", "blockquote", "figure",
            "figcaption", "table", "thead", "tbody", "tr", "th", "td", "caption", "details", "summary", "button", "label",
            "form", "input", "select", "option", "textarea", "template", "img", "br", "hr", "wbr", "code", "pre", "kbd", "samp",
            "svg", "g", "path", "text", "tspan", "rect", "line", "circle", "polygon", "polyline", "desc", "defs", "use", "math",
            "noscript", "picture", "source", "area", "base", "col", "embed", "param", "track",
        }.ToDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int EndOf(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
