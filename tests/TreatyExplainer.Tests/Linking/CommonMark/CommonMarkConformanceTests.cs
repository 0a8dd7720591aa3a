using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking.CommonMark;

/// <summary>
/// Every example of the CommonMark spec (0.31.2, spec.txt beside this file) goes through the generator as a page
/// of its own, on a site whose glossary is named after the spec's most frequent words, so that mentions are
/// linked everywhere the spec puts those words. The page body must be the spec's HTML once mention links are
/// unwrapped, and no mention link may sit where a reader would not expect one. Raw HTML is off in this
/// generator, so examples with raw HTML are checked for safe escaping instead.
/// </summary>
public sealed class CommonMarkConformanceTests
{
    /// <summary>Examples whose links the generator refuses by design (TE016): a scheme other than http, https or mailto.</summary>
    private static readonly Dictionary<int, string> Refused = new()
    {
        [596] = "<irc://foo.bar:2233/baz>: irc is not http, https or mailto",
        [598] = "<a+b+c:d>: a made-up scheme",
        [599] = "<made-up-scheme://foo,bar>: a made-up scheme",
        [601] = "<localhost:5001/foo>: 'localhost' reads as a scheme, as a browser reads it",
    };

    /// <summary>Where Markdig, the parser, renders differently from the spec.</summary>
    private static readonly Dictionary<int, string> MarkdigDifferences = new()
    {
    };

    private static readonly string[] GlossaryWords =
        ["foo", "bar", "baz", "bim", "url", "uri", "title", "link", "aaa", "ref", "code", "div", "hello", "world", "train", "one", "two", "paragraph", "lines", "block"];

    private static readonly Lazy<Conformance> Run = new(Build);

    [Fact]
    public void SpecHasAllItsExamples() => Assert.Equal(652, SpecExample.All.Count);

    [Fact]
    public void EveryExampleWithoutRawHtmlRendersAsTheSpecSays()
    {
        var mismatches = Run.Value.Pages
            .Where(p => !p.HasRawHtml && !Refused.ContainsKey(p.Example.Number) && !MarkdigDifferences.ContainsKey(p.Example.Number))
            .Where(p => SpecHtml.Normalise(p.Body) != SpecHtml.Normalise(p.Example.Html))
            .Select(p => $"example {p.Example.Number} ({p.Example.Section})\n  expected: {SpecHtml.Normalise(p.Example.Html)}\n  actual:   {SpecHtml.Normalise(p.Body)}")
            .ToList();

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} examples differ:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void ListedMarkdigDifferencesStillDiffer()
    {
        // A listed difference that Markdig has fixed must come off the list, or the list stops meaning anything.
        var fixedNow = Run.Value.Pages
            .Where(p => MarkdigDifferences.ContainsKey(p.Example.Number) && SpecHtml.Normalise(p.Body) == SpecHtml.Normalise(p.Example.Html))
            .Select(p => p.Example.Number);

        Assert.Empty(fixedNow);
    }

    [Fact]
    public void NoMentionLinkLandsInsideAWordCodeALinkAltTextOrEscapedMarkup()
    {
        var problems = new List<string>();
        var links = 0;
        foreach (var page in Run.Value.Pages)
        {
            var (count, found) = MentionPlacement.Check(page.Body);
            links += count;
            problems.AddRange(found.Select(f => $"example {page.Example.Number}: {f}"));
            // A mention made inside an image's alt text is recorded but shows no link: the counts would differ.
            if (page.Mentions != count) problems.Add($"example {page.Example.Number}: {page.Mentions} mentions recorded, {count} links shown");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(links, 400, 700);
    }

    [Fact]
    public void EveryRawHtmlExampleIsShownEscaped()
    {
        var parser = new HtmlParser();
        var unsafePages = new List<string>();
        var rawHtml = Run.Value.Pages.Where(p => p.HasRawHtml).ToList();
        foreach (var page in rawHtml)
        {
            var body = parser.ParseDocument("<!DOCTYPE html><html><body>" + page.Body + "</body></html>").Body!;
            var bad = body.QuerySelectorAll("*")
                .Where(e => !MarkdownElements.Contains(e.LocalName) || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style"))
                .Select(e => e.OuterHtml)
                .ToList();
            if (bad.Count > 0 || !body.TextContent.Contains('<')) unsafePages.Add($"example {page.Example.Number}: {string.Join(" ", bad)}");
        }

        Assert.True(rawHtml.Count >= 70, $"only {rawHtml.Count} examples with raw HTML found");
        Assert.True(unsafePages.Count == 0, string.Join("\n", unsafePages));
    }

    [Fact]
    public void FullBuildRefusesExactlyTheListedExamplesAndFindsNoOtherFaultButTheSpecsOwnLinksAndHeadings()
    {
        // The spec's links point at pages this site does not have (/url, foo, #bar) and its headings add to the
        // page's own h1: the checks must say so. Anything else the build reports is a fault of the generator.
        string[] contentFaults = [DiagnosticCodes.BrokenLink, DiagnosticCodes.BrokenFragment, DiagnosticCodes.HeadingCount];
        var errors = Run.Value.Diagnostics.Where(d => d.IsError).ToList();

        var refused = errors.Where(d => d.Code == DiagnosticCodes.UnsafeLink).Select(d => NumberOf(d.Path)).Distinct().Order();
        var other = errors.Where(d => d.Code != DiagnosticCodes.UnsafeLink && !contentFaults.Contains(d.Code)).Select(d => d.ToString());

        Assert.Equal(Refused.Keys.Order(), refused);
        Assert.Empty(other);
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.BrokenLink);
    }

    private static readonly HashSet<string> MarkdownElements =
        ["p", "em", "strong", "code", "pre", "a", "img", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "span", "table", "thead", "tbody", "tr", "th", "td", "div", "sup", "section"];

    private sealed record Page(SpecExample Example, string Body, int Mentions, bool HasRawHtml);

    private sealed record Conformance(IReadOnlyList<Page> Pages, IReadOnlyList<Diagnostic> Diagnostics);

    private static string PathOf(SpecExample example) => $"input/example-{example.Number:D4}.md";

    private static int NumberOf(string path) => int.Parse(path["input/example-".Length..^".md".Length], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One site with every example: the whole pipeline over it once for its diagnostics, and each page's linked body.</summary>
    private static Conformance Build()
    {
        using var site = new TempSite().WithHome();
        foreach (var word in GlossaryWords)
        {
            var capital = char.ToUpperInvariant(word[0]) + word[1..];
            site.Write($"input/terms/{word}.md", Entries.Glossary(word, "term", Entries.Words, $"[\"{capital}\"]"));
        }
        foreach (var example in SpecExample.All)
            site.Write(PathOf(example), $"---\ntitle: Example {example.Number}\nkind: page\n---\n{example.Markdown}");

        var build = new SitePipeline(BuildOptions.Resolve(site.Root) with { GitDates = false }).Run(OutputMode.None);
        return new Conformance(LinkEachExample(site.Root), build.Diagnostics);
    }

    /// <summary>The pipeline's parse, index and link stages over the same files, to read each page's body.</summary>
    private static List<Page> LinkEachExample(string root)
    {
        var parsed = new ContentReader(root).ReadMarkdown(Path.Combine(root, "input"), Origin.Input, new DiagnosticBag())
            .Select(file => DocumentParser.Parse(file, []))
            .OfType<ParsedDocument>()
            .ToList();
        var index = SiteIndex.Build([.. parsed.Select(p => p.Document)], new DiagnosticBag());
        var linker = new MentionLinker(index, SiteUrls.TryCreate("/")!);
        var commonMark = new MarkdownPipelineBuilder().Build();
        var bodies = parsed.ToDictionary(p => p.Document.Path, p => p.Body, StringComparer.Ordinal);
        return SpecExample.All.Select(example =>
        {
            var entry = index.Entries.Single(e => e.Document.Path == PathOf(example));
            var page = linker.Link(entry, Markdown.Parse(bodies[entry.Document.Path], MarkdownSetup.Pipeline), []);
            var hasRawHtml = Markdown.Parse(example.Markdown, commonMark).Descendants().Any(n => n is HtmlBlock or HtmlInline);
            return new Page(example, page.BodyHtml, page.Mentions.Count, hasRawHtml);
        }).ToList();
    }
}
