using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

/// <summary>Raw HTML is shown as text, and text that shows markup reads as code: no name in it is linked.</summary>
public sealed class EscapedMarkupTests
{
    private static readonly (string, string) Foo = ("input/terms/foo.md", Entries.Glossary("foo", "term", "A term."));
    private static readonly (string, string) Bar = ("input/terms/bar.md", Entries.Glossary("bar", "term", "A term."));

    [Fact]
    public void NoLinkInATagsAttributeValues()
    {
        var html = LinkHarness.LinkBody("<div id=\"foo\" class=\"bar\">", Foo, Bar);

        Assert.Equal("<p>&lt;div id=&quot;foo&quot; class=&quot;bar&quot;&gt;</p>", html);
    }

    [Fact]
    public void NoLinkInATagName() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("Text <foo> and </foo> here.", Foo));

    [Fact]
    public void NoLinkInAComment() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("<!-- foo\nbar -->", Foo, Bar));

    [Fact]
    public void NoLinkInAProcessingInstructionDeclarationOrCdata() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("<?foo?> <!FOO bar> <![CDATA[foo]]>", Foo, Bar));

    [Fact]
    public void NoLinkInATagWhoseValueHoldsEmphasis() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("<a title=\"*foo*\">", Foo));

    [Fact]
    public void NoLinkInAnythingInAngleBracketsThatReadsAsATagOrAddress() =>
        Assert.DoesNotContain("<a ", LinkHarness.LinkBody("<foo.bar.baz> and <https://foo.bar/baz bim> and </foo bar>", Foo, Bar));

    [Fact]
    public void NoLinkInACommentRunningOverBlankLines()
    {
        var html = LinkHarness.LinkBody("<!-- foo\n\nbar\n   baz -->\nfoo after", Foo, Bar);

        Assert.Contains("--&gt;\n<a href=\"/terms/foo/\" class=\"mention\">foo</a> after", html);
        Assert.DoesNotContain("/terms/bar/", html);
    }

    [Fact]
    public void TextBetweenEscapedTagsIsStillLinked() =>
        Assert.Contains("&lt;b&gt;<a href=\"/terms/foo/\" class=\"mention\">foo</a>&lt;/b&gt;", LinkHarness.LinkBody("<b>foo</b>", Foo));

    [Fact]
    public void ComparisonSignsAreNotMarkup() =>
        Assert.Contains("class=\"mention\">foo</a>", LinkHarness.LinkBody("1 < 2 and foo > 0", Foo));
}
