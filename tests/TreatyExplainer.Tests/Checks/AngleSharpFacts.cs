using AngleSharp.Html.Parser;
using TreatyExplainer.Checks;

namespace TreatyExplainer.Tests.Checks;

/// <summary>The facts of a page as AngleSharp reads them, with the same parser options the checker uses: the reference for <see cref="MarkupScanner"/>.</summary>
public static class AngleSharpFacts
{
    public static (MarkupFacts Facts, IReadOnlyList<string> Errors) Of(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add($"{error.Position.Line}:{error.Position.Column} {error.Message}");
        };
        using var document = parser.ParseDocument(html);
        var facts = new MarkupFacts(
            [.. document.QuerySelectorAll("[id]").Select(e => e.Id!)],
            [.. ValidateInternalLinks.References(document)],
            document.Title ?? "",
            document.QuerySelectorAll("h1").Length,
            document.DocumentElement.GetAttribute("lang"));
        return (facts, errors);
    }

    /// <summary>Fails unless AngleSharp parses the page without an error into the facts the scanner read.</summary>
    public static void AssertSame(string html, MarkupFacts scanned)
    {
        var (parsed, errors) = Of(html);
        Assert.Empty(errors);
        Assert.Equal("", Differences(scanned, parsed));
    }

    /// <summary>Empty when the scanner's facts are AngleSharp's; otherwise what differs.</summary>
    public static string Differences(MarkupFacts scanned, MarkupFacts parsed)
    {
        var differences = new List<string>();
        if (!scanned.Ids.SequenceEqual(parsed.Ids)) differences.Add($"ids [{string.Join(", ", scanned.Ids)}] vs [{string.Join(", ", parsed.Ids)}]");
        if (!scanned.Links.SequenceEqual(parsed.Links)) differences.Add($"links [{string.Join(", ", scanned.Links)}] vs [{string.Join(", ", parsed.Links)}]");
        if (Collapse(scanned.Title) != parsed.Title) differences.Add($"title '{scanned.Title}' vs '{parsed.Title}'");
        if (scanned.H1Count != parsed.H1Count) differences.Add($"h1 {scanned.H1Count} vs {parsed.H1Count}");
        if (scanned.Lang != parsed.Lang) differences.Add($"lang '{scanned.Lang}' vs '{parsed.Lang}'");
        return string.Join("; ", differences);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
