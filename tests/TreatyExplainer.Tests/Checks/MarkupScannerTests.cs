using TreatyExplainer.Checks;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Checks;

/// <summary>
/// The scanner either gives up or reads a page exactly as AngleSharp does, on a page AngleSharp parses without an
/// error: on every page of the real site and the fixture site, on hostile markup, and on random markup.
/// </summary>
public sealed class MarkupScannerTests
{
    private const string Head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>A page</title>\n</head>\n<body>\n<h1>Heading</h1>\n";
    private const string Tail = "\n</body>\n</html>\n";

    public static TheoryData<string> Sites => new() { "real", "fixture" };

    [Theory]
    [MemberData(nameof(Sites))]
    public void ReadsEveryPageOfTheSiteAsAngleSharpDoes(string which)
    {
        var options = which == "real"
            ? BuildOptions.Resolve(Repo.Root)
            : BuildOptions.Resolve(Path.Combine(Repo.Fixtures, "site"), theme: Repo.Theme, baseUrl: "https://fixture.example/");
        var site = new SitePipeline(options with { GitDates = false, Today = new DateOnly(2026, 12, 1) }).Run(OutputMode.Memory);
        var pages = site.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
            var scanned = MarkupScanner.Scan(html);
            // Giving up is always safe, but it is the slow path: markup the theme writes should be extended here (HtmlElements).
            Assert.True(scanned is not null, $"{page.RelativePath}: the scanner gave up on the theme's own markup at {MarkupScanner.GiveUpPoint(html)}");
            AngleSharpFacts.AssertSame(html, scanned);
        }
    }

    [Theory]
    [InlineData("<p>Plain <a href=\"/x/\">link</a>, <em>stress</em> &amp; <code>code</code>.</p>")]
    [InlineData("<ul>\n<li><a href=\"#h\" id=\"h\">x</a></li>\n<li>y<ul><li>z</li></ul></li>\n</ul>")]
    [InlineData("<dl class=\"names\">\n<div><dt>English</dt><dd>Iturup</dd></div></dl>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1 <b>b</b></td>\n</tr>\n</tbody>\n</table>")]
    [InlineData("<div><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title id=\"t\">Map</title><g id=\"g\"><circle r=\"1\"/><text x=\"1\">Итуруп 択捉島</text></g></svg></div>")]
    [InlineData("<p>Emoji 😀, references &#39; &#x41; &quot; &lt; &gt; &nbsp; and a lone & sign.</p>")]
    [InlineData("<form action=\"/search/\"><fieldset><legend>L</legend><label><input type=radio name=n value=x checked> X</label></fieldset></form>")]
    [InlineData("<img src=\"/a.png\" href=\"/b/\" alt=\"\"><br/><hr />\n<p id='single'>quoted</p><script src=\"/s.js\"></script>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><a href=\"/islands/\" class=\"map-island\"><title>T</title><circle r=\"1\"/></a></svg>")]
    [InlineData("<!-- a comment --><pre><code>&lt;p&gt;</code></pre><blockquote><p>q</p></blockquote>")]
    [InlineData("<form><input name=q></form>\n<noscript><p class=\"note\">Needs <a href=\"/a-z/\">the index</a>.</p></noscript>")]
    public void ReadsPlainMarkupAsAngleSharpDoes(string body)
    {
        var html = Head + body + Tail;

        var scanned = MarkupScanner.Scan(html);

        Assert.NotNull(scanned);
        AngleSharpFacts.AssertSame(html, scanned);
    }

    [Theory]
    [InlineData("<p>open <div>block</div></p>")]
    [InlineData("<p>unclosed")]
    [InlineData("<b><i>misnested</b></i>")]
    [InlineData("<a href=\"/x/\"><a href=\"/y/\">nested</a></a>")]
    [InlineData("<ul><li>one<li>two</ul>")]
    [InlineData("<h2><h3>heading in heading</h3></h2>")]
    [InlineData("<table><tr><td>no tbody</td></tr></table>")]
    [InlineData("<table>text in a table<tbody></tbody></table>")]
    [InlineData("<br></br>")]
    [InlineData("<div/>")]
    [InlineData("<p>AT&T and &copy; and &unknown;</p>")]
    [InlineData("<p>&#0; &#xD800; &#x110000;</p>")]
    [InlineData("<p>a < b</p>")]
    [InlineData("<p id=\"a\" id=\"b\">duplicate attribute</p>")]
    [InlineData("<p class=\"a\"id=\"b\">no space</p>")]
    [InlineData("<p class=a\"b>quote in unquoted value</p>")]
    [InlineData("<!-- nested <!-- comment -->")]
    [InlineData("<!--> short comment")]
    [InlineData("<p>control \u0001 character</p>")]
    [InlineData("<p>carriage\r\nreturn</p>")]
    [InlineData("<svg><p>html in svg</p></svg>")]
    [InlineData("<svg><title><b>html in svg title</b></title></svg>")]
    [InlineData("<svg><a xlink:href=\"/x/\">svg link</a></svg>")]
    [InlineData("<select><option>o</option></select>")]
    [InlineData("<textarea>t</textarea>")]
    [InlineData("<script><!-- x --></script>")]
    [InlineData("<title>second title</title>")]
    [InlineData("<custom-element>x</custom-element>")]
    [InlineData("</span>")]
    [InlineData("<form><form></form></form>")]
    [InlineData("<button><button>x</button></button>")]
    [InlineData("<dl><dt>a<dd>b</dl>")]
    [InlineData("<p>unterminated <span")]
    public void GivesUpOnMarkupItCannotVouchFor(string body)
    {
        var html = Head + body + Tail;

        Assert.Null(MarkupScanner.Scan(html));
    }

    [Fact]
    public void GivesUpOnALoneSurrogate() =>
        Assert.Null(MarkupScanner.Scan(Head + "<p>lone " + (char)0xD800 + " surrogate</p>" + Tail));

    [Theory]
    [InlineData("<!doctype html><html><head><title>t</title></head><body><h1>x</h1></body></html>", true)]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><h1>x</h1></body>", true)]
    [InlineData("", false)]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head><title>t</title><div>x</div></head><body></body></html>", false)]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><title>t</title><body></body></html>", false)]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head></head>text<body></body></html>", false)]
    [InlineData("<html lang=\"en\"><head><title>t</title></head><body></body></html>", false)]
    [InlineData(" <!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body></body></html>", false)]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body></body></html>after", false)]
    public void ReadsOnlyTheDocumentShapeItKnows(string html, bool known)
    {
        var scanned = MarkupScanner.Scan(html);

        Assert.Equal(known, scanned is not null);
        if (scanned is not null) AngleSharpFacts.AssertSame(html, scanned);
    }
}
