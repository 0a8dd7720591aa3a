using System.Text;

namespace TreatyExplainer.Checks;

/// <summary>
/// Reads a generated page in one pass, without building a tree, and returns what the page rules look at
/// (<see cref="MarkupFacts"/>), or null when the page holds anything it cannot prove an HTML5 parser would read
/// without an error and into the same elements. It follows the tree builder only as far as well-nested markup
/// needs: every end tag closes the element last opened; a start tag the tree builder would treat specially (close
/// an open p, a heading in a heading, a list item in a list item, a link in a link, a table part out of place) gives
/// up. Pages it gives up on are checked with AngleSharp, as every page was before; tests hold the two to the same
/// answers.
/// </summary>
public sealed class MarkupScanner
{
    private enum Mode { BeforeHtml, BeforeHead, InHead, InHeadNoscript, AfterHead, InBody, AfterBody, AfterAfterBody }

    private readonly MarkupReader _reader;
    private readonly List<(string Name, bool Svg)> _open = [];
    private readonly List<string> _ids = [];
    private readonly List<LinkReference> _links = [];
    private Mode _mode = Mode.BeforeHtml;
    private string? _title;
    private string? _lang;
    private int _h1Count;

    private MarkupScanner(string html) => _reader = new MarkupReader(html);

    /// <summary>The page's facts, or null when the page must be parsed properly.</summary>
    public static MarkupFacts? Scan(string html)
    {
        var scanner = new MarkupScanner(html);
        return scanner.Run() ? new MarkupFacts(scanner._ids, scanner._links, scanner._title ?? "", scanner._h1Count, scanner._lang) : null;
    }

    /// <summary>Where in the HTML the scanner gave up, with the text around it, or null when it did not: for messages in tests.</summary>
    internal static string? GiveUpPoint(string html)
    {
        var scanner = new MarkupScanner(html);
        if (scanner.Run()) return null;
        var at = Math.Min(scanner._reader.Position, html.Length);
        var (line, column) = scanner._reader.Locate(at);
        return $"line {line}, column {column}: '{html[Math.Max(0, at - 60)..at]}' ^ '{html[at..Math.Min(html.Length, at + 60)]}'";
    }

    private bool Run()
    {
        if (!_reader.ReadDoctype()) return false;
        while (!_reader.AtEnd)
        {
            if (!_reader.AtMarkup)
            {
                if (!_reader.ReadText(out var content, null) || (content && !TextAllowed())) return false;
            }
            else if (!Markup()) return false;
        }
        return _mode is Mode.AfterBody or Mode.AfterAfterBody;
    }

    private bool TextAllowed() => _mode == Mode.InBody && !(Current is { Svg: false } top && HtmlElements.TableContext.Contains(top.Name));

    private (string Name, bool Svg)? Current => _open.Count > 0 ? _open[^1] : null;

    private bool Markup()
    {
        if (_reader.ReadComment()) return true;
        var start = _reader.Position;
        if (!_reader.ReadTag(out var name, out var isEnd, out var selfClosing)) return false;
        if (isEnd) return EndTag(name);
        return _mode switch
        {
            Mode.BeforeHtml => name == "html" && !selfClosing && Html(start),
            Mode.BeforeHead => name == "head" && !selfClosing && Enter(Mode.InHead, start, name),
            Mode.InHead => HeadTag(name, start, selfClosing),
            Mode.InHeadNoscript => name is "link" or "meta" && Element(name, start),
            Mode.AfterHead => name == "body" && !selfClosing && Enter(Mode.InBody, start, name) && Push(name, svg: false),
            Mode.InBody => Current is { Svg: true } ? SvgTag(name, start, selfClosing) : BodyTag(name, start, selfClosing),
            _ => false,
        };
    }

    private bool Html(int start)
    {
        _lang = _reader.Attribute("lang");
        return Enter(Mode.BeforeHead, start, "html");
    }

    private bool Enter(Mode mode, int start, string name)
    {
        _mode = mode;
        return Element(name, start);
    }

    private bool HeadTag(string name, int start, bool selfClosing)
    {
        if (name is "meta" or "link") return Element(name, start);
        if (selfClosing) return false;
        switch (name)
        {
            case "title":
                if (_title is not null) return false;
                var title = new StringBuilder();
                if (!Element(name, start) || !_reader.ReadRawText(name, references: true, title)) return false;
                _title = title.ToString();
                return true;
            case "script" or "style":
                return Element(name, start) && _reader.ReadRawText(name, references: false, null);
            case "noscript":
                // AngleSharp parses without scripting, so noscript in the head holds elements, not text.
                return Enter(Mode.InHeadNoscript, start, name);
            default:
                return false;
        }
    }

    private bool BodyTag(string name, int start, bool selfClosing)
    {
        var current = _open[^1].Name;
        if (HtmlElements.TableContext.Contains(current) || HtmlElements.TableParent.ContainsKey(name))
            return HtmlElements.TableParent.TryGetValue(name, out var parents) && parents.Split(' ').Contains(current)
                && (name == "col" || !selfClosing) && Element(name, start) && (name == "col" || Push(name, svg: false));
        if (name == "svg")
            return Element(name, start) && (selfClosing || Push(name, svg: true));
        if (name is "script" or "style")
            return !selfClosing && Element(name, start) && _reader.ReadRawText(name, references: false, null);
        if (HtmlElements.BodyVoid.Contains(name))
            return (name != "hr" || !ParagraphInButtonScope()) && Element(name, start);
        if (selfClosing) return false;
        var allowed = name switch
        {
            "li" => !Open(["li"]) && !ParagraphInButtonScope(),
            "dd" or "dt" => !Open(["dd", "dt"]) && !ParagraphInButtonScope(),
            "a" or "button" => !_open.Exists(e => e.Name == name),
            // Without scripting (AngleSharp's way) a noscript in the body is an ordinary element.
            "noscript" => true,
            "form" => !_open.Exists(e => e.Name == name) && !ParagraphInButtonScope(),
            _ when HtmlElements.IsHeading(name) => !HtmlElements.IsHeading(current) && !ParagraphInButtonScope(),
            _ when HtmlElements.ClosesParagraph.Contains(name) => !ParagraphInButtonScope(),
            _ => HtmlElements.Phrasing.Contains(name),
        };
        return allowed && Element(name, start) && Push(name, svg: false);
    }

    private bool SvgTag(string name, int start, bool selfClosing)
    {
        // title and desc hold HTML: text is fine, an element would be parsed as HTML.
        if (_open[^1].Name is "title" or "desc" || !HtmlElements.Svg.Contains(name)) return false;
        return Element(name, start) && (selfClosing || Push(name, svg: true));
    }

    private bool EndTag(string name)
    {
        switch (_mode)
        {
            case Mode.InHead: return name == "head" && Switch(Mode.AfterHead);
            case Mode.InHeadNoscript: return name == "noscript" && Switch(Mode.InHead);
            case Mode.AfterBody: return name == "html" && Switch(Mode.AfterAfterBody);
            case Mode.InBody when name == "body": return _open.Count == 1 && Switch(Mode.AfterBody);
            case Mode.InBody when _open.Count > 1 && _open[^1].Name == name:
                _open.RemoveAt(_open.Count - 1);
                return true;
            default: return false;
        }
    }

    private bool Switch(Mode mode)
    {
        _mode = mode;
        return true;
    }

    private bool Push(string name, bool svg)
    {
        _open.Add((name, svg));
        return true;
    }

    /// <summary>Whether an open li (or dd, dt) would be closed by another: the tree builder's search, stopped by a special element other than address, div and p.</summary>
    private bool Open(string[] names)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var name = _open[i].Name;
            if (names.Contains(name)) return true;
            if (HtmlElements.Special.Contains(name) && name is not ("address" or "div" or "p")) return false;
        }
        return false;
    }

    private bool ParagraphInButtonScope()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == "p") return true;
            if (HtmlElements.ButtonScope.Contains(_open[i].Name)) return false;
        }
        return false;
    }

    /// <summary>Records what the rules read from an element's start tag: its id, its address, whether it is an h1.</summary>
    private bool Element(string name, int start)
    {
        var svg = _mode == Mode.InBody && (name == "svg" || Current is { Svg: true });
        if (_reader.Attribute("id") is { } id) _ids.Add(id);
        // An xlink:href is an href to a browser but not to the check's selectors; such a page is left to AngleSharp.
        if (_reader.Attribute("xlink:href") is not null) return false;
        if (svg && name != "a") return true;
        if (name == "h1" && !svg) _h1Count++;
        var address = name switch
        {
            "a" or "link" => _reader.Attribute("href"),
            "script" or "img" => _reader.Attribute("src") is { } src ? _reader.Attribute("href") ?? src : null,
            _ => null,
        };
        if (address is null || (name == "link" && _reader.Attribute("rel") is "canonical" or "alternate")) return true;
        var (line, column) = _reader.Locate(start);
        _links.Add(new LinkReference(address, line, column));
        return true;
    }
}
