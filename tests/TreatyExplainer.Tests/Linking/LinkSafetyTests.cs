using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking;

/// <summary>A scheme is what the URL standard calls one: a letter, then letters, digits, '+', '-' or '.', then ':'.</summary>
public sealed class LinkSafetyTests
{
    [Theory]
    [InlineData("foo):")]
    [InlineData("./a:b")]
    [InlineData("1abc:def")]
    [InlineData("_x:y")]
    [InlineData("path/to:file")]
    public void ColonAfterANonSchemeCharacterIsARelativeAddress(string url) => Assert.True(LinkSafety.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("made-up+scheme.v1:x")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("ftp://example.org/")]
    public void AnyRealSchemeButHttpHttpsAndMailtoIsUnsafe(string url) => Assert.False(LinkSafety.IsSafe(url));

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("HTTP://example.org/")]
    [InlineData("mailto:someone@example.org")]
    public void WebAndMailAddressesAreSafe(string url) => Assert.True(LinkSafety.IsSafe(url));

    [Fact]
    public void EscapedParenthesisAndColonInADestinationBuild()
    {
        var harness = new LinkHarness().Add("input/page.md", "---\ntitle: P\nkind: page\n---\n[link](foo\\)\\:)\n");

        var (html, _, diagnostics, _) = harness.Link("input/page.md");

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
        Assert.Contains("<a href=\"foo):\">link</a>", html);
    }
}
