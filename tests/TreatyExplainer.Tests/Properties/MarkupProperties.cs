using System.Text;
using TreatyExplainer.Checks;
using TreatyExplainer.Tests.Checks;

namespace TreatyExplainer.Tests.Properties;

/// <summary>
/// Random pages built from well-nested elements, tricky attributes, text and references, with a few faults
/// dropped in: whenever the scanner vouches for one, AngleSharp parses it without an error and reads the same facts.
/// </summary>
public sealed class MarkupProperties
{
    private static readonly string[] Elements =
        ["p", "div", "span", "a", "em", "strong", "b", "i", "code", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "section", "nav",
         "header", "footer", "blockquote", "pre", "form", "button", "label", "table", "tbody", "tr", "td", "th", "thead", "svg", "g", "title",
         "text", "sup", "cite", "time", "figure", "figcaption", "mark", "select", "option", "textarea", "noscript", "q", "font", "center"];

    private static readonly string[] SafeElements =
        ["p", "div", "span", "a", "em", "strong", "b", "code", "ul", "li", "dl", "dt", "dd", "h2", "section", "nav", "blockquote", "pre",
         "label", "table", "tbody", "tr", "td", "svg", "g", "title", "text", "sup", "cite", "time", "figure", "mark", "circle"];

    private static readonly string[] Voids = ["br", "img", "input", "hr", "wbr", "link", "meta", "col", "circle", "path"];

    private static readonly string[] Attributes =
        ["id=\"x\"", "id=\"y\"", "id='z'", "id=w", "ID=\"v\"", "href=\"/islands/\"", "href=\"#x\"", "href='a&amp;b'", "href=\"/p/?a=1&b=2\"", "src=\"/i.png\"",
         "rel=\"canonical\"", "rel=alternate", "class=\"c\"", "checked", "data-x=\"&#39;\"", "lang=\"ja\"", "title=\"a > b < c\"", "href", "id=\"\"",
         "href=\"&copy;\"", "id=\"a\"id=\"b\"", "class=a=b", "x:y=\"1\"", "xlink:href=\"/islands/\"", "viewBox=\"0 0 1 1\"", "href=\"javascript:x\"", "id=\"&#x1F600;\""];

    private static readonly string[] Texts =
        ["text", " ", "\n", "Итуруп", "択捉島", "😀", "&amp;", "&#39;", "&lt;", "a & b", "AT&T", "&copy;", "&#65;", "x\ty", "&nbsp;", "&quot;"];

    private static readonly string[] Faults =
        ["<", ">", "</p>", "</div>", "<p>", "&", "\u0001", "\r\n", "<!-- c -->", "<!-->", "</br>", "<br/>", "<div/>", "<!DOCTYPE html>", "\0", "<?x?>", "<title>t</title>", "<h1>", "</span>"];

    [Fact]
    public void ScannerVouchesOnlyForPagesAngleSharpReadsTheSame()
    {
        var accepted = 0;
        const int runs = 3000;
        for (var seed = 0; seed < runs; seed++)
        {
            var random = new Random(seed);
            var html = Page(random, hostile: seed % 2 == 0);
            if (MarkupScanner.Scan(html) is not { } scanned) continue;
            accepted++;
            var (parsed, errors) = AngleSharpFacts.Of(html);
            Assert.True(errors.Count == 0, $"seed {seed}: AngleSharp found {string.Join("; ", errors)} in\n{html}");
            var differences = AngleSharpFacts.Differences(scanned, parsed);
            Assert.True(differences.Length == 0, $"seed {seed}: {differences} in\n{html}");
        }
        // Not a vacuous property: a good share of the pages must be ones the scanner takes.
        Assert.InRange(accepted, runs / 15, runs - runs / 10);
    }

    private static string Page(Random random, bool hostile)
    {
        var body = new StringBuilder();
        var budget = random.Next(1, hostile ? 40 : 15);
        while (budget > 0) Node(random, body, 0, hostile, ref budget);
        var head = random.Next(4) == 0 ? "<link rel=\"stylesheet\" href=\"/s.css\">\n<noscript><link rel=\"stylesheet\" href=\"/n.css\"></noscript>\n" : "";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Pick(random, Texts) + " page</title>\n" + head +
            "</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    private static void Node(Random random, StringBuilder html, int depth, bool hostile, ref int budget)
    {
        budget--;
        var roll = random.Next(100);
        if (roll < 3 && hostile) html.Append(Pick(random, Faults));
        else if (roll < 30 || depth > 6) html.Append(Pick(random, Texts));
        else if (roll < 40) html.Append('<').Append(Pick(random, Voids)).Append(Attrs(random)).Append(random.Next(3) == 0 ? "/>" : ">");
        else
        {
            var name = Pick(random, hostile ? Elements : SafeElements);
            html.Append('<').Append(random.Next(20) == 0 ? name.ToUpperInvariant() : name).Append(Attrs(random)).Append('>');
            var children = random.Next(0, 4);
            for (var i = 0; i < children && budget > 0; i++) Node(random, html, depth + 1, hostile, ref budget);
            if (!hostile || random.Next(30) != 0) html.Append("</").Append(name).Append('>');
        }
    }

    private static string Attrs(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 3); i > 0; i--) text.Append(random.Next(15) == 0 ? "\n" : " ").Append(Pick(random, Attributes));
        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
