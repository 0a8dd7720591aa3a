using AngleSharp.Html.Parser;
using TreatyExplainer.Rendering;

namespace TreatyExplainer.Tests.Rendering;

public sealed class LangSpansTests
{
    [Fact]
    public void EachScriptInAMixedRunGetsItsOwnSpan()
    {
        var html = LangSpans.Wrap("<p>Iturup (択捉島, Итуруп) is large.</p>");

        Assert.Equal("<p>Iturup (<span lang=\"ja\">択捉島</span>, <span lang=\"ru\">Итуруп</span>) is large.</p>", html);
    }

    [Fact]
    public void PunctuationBetweenLettersOfOneScriptStaysInsideItsRun()
    {
        var html = LangSpans.Wrap("<p>Южно-Курильск, Итуруп; 「北方領土」 and 昭和31年.</p>");

        Assert.Equal("<p><span lang=\"ru\">Южно-Курильск, Итуруп</span>; <span lang=\"ja\">「北方領土」</span> and <span lang=\"ja\">昭和31年</span>.</p>", html);
    }

    [Fact]
    public void RunsOfTwoScriptsSideBySideAreSplitOnTheirLetters()
    {
        var html = LangSpans.Wrap("<p>択捉島 Итуруп</p>");

        Assert.Equal("<p><span lang=\"ja\">択捉島</span> <span lang=\"ru\">Итуруп</span></p>", html);
    }

    [Fact]
    public void TextInsideLinksIsWrappedButAttributesAreNot()
    {
        var html = LangSpans.Wrap("<p><a href=\"/islands/iturup/\" title=\"Итуруп\" aria-label=\"択捉島\">Итуруп</a></p>");

        Assert.Equal("<p><a href=\"/islands/iturup/\" title=\"Итуруп\" aria-label=\"択捉島\"><span lang=\"ru\">Итуруп</span></a></p>", html);
    }

    [Fact]
    public void CodeRawTextSvgAndCommentsAreUntouched()
    {
        const string page = "<html lang=\"en\"><head><title>Итуруп</title><script>const a = \"<b>択捉</b>\";</script></head>"
            + "<body><!-- Итуруп --><pre><code>Итуруп</code></pre><p><code>択捉</code></p><svg><text>択捉島</text></svg></body></html>";

        Assert.Equal(page, LangSpans.Wrap(page));
    }

    [Fact]
    public void TextAlreadyInItsLanguageIsNotWrappedAgain()
    {
        const string names = "<dl><dd lang=\"ja\">択捉島 (Итуруп)</dd><dd lang=\"ru\">Итуруп</dd></dl>";

        var html = LangSpans.Wrap(names);

        Assert.Equal("<dl><dd lang=\"ja\">択捉島 (<span lang=\"ru\">Итуруп</span>)</dd><dd lang=\"ru\">Итуруп</dd></dl>", html);
        Assert.Equal(html, LangSpans.Wrap(html));
    }

    [Fact]
    public void LatinOnlyPageIsReturnedAsItIs()
    {
        const string page = "<p>Iturup (Etorofu) – “quoted”.</p>";

        Assert.Same(page, LangSpans.Wrap(page));
    }

    [Fact]
    public void RunsInTheRarerBlocksAreFoundWhenThePageHasNoOtherRun()
    {
        // Cyrillic Extended-B and a CJK Extension G character (a surrogate pair), with nothing else to wrap on the page.
        Assert.Equal("<p>a <span lang=\"ru\">ꙮ</span></p>", LangSpans.Wrap("<p>a ꙮ</p>"));
        Assert.Equal("<p><span lang=\"ja\">\U00030000</span></p>", LangSpans.Wrap("<p>\U00030000</p>"));
    }

    [Fact]
    public void WrappedPageParsesToTheSameTextWithValidNesting()
    {
        const string page = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><h1>Kunashir (国後島)</h1>"
            + "<ul><li><mark>Кунашир</mark> and <em>国後</em>.</li></ul><table><tr><td>Шикотан</td></tr></table><p>a<br>Итуруп</p></body></html>";
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });

        var before = parser.ParseDocument(page);
        var after = parser.ParseDocument(LangSpans.Wrap(page));

        Assert.Equal(before.Body!.TextContent, after.Body!.TextContent);
        Assert.Equal(5, after.QuerySelectorAll("span[lang]").Length);
        Assert.All(after.QuerySelectorAll("span[lang]"), span => Assert.NotNull(span.ParentElement!.Closest("h1, li, td, p")));
    }
}
