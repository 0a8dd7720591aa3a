using Markdig;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Tests.Support;

/// <summary>Runs the real index, linker and Markdown renderer on in-memory files.</summary>
public sealed class LinkHarness
{
    private readonly List<SourceFile> _files = [];

    public LinkHarness Add(string path, string text)
    {
        _files.Add(new SourceFile(path, text, path.StartsWith("seeds/", StringComparison.Ordinal) ? Origin.Seeds : Origin.Input));
        return this;
    }

    public (string Html, LinkedPage Page, IReadOnlyList<Diagnostic> Diagnostics, SiteIndex Index) Link(string pagePath)
    {
        var bag = new DiagnosticBag();
        if (!_files.Exists(f => f.Path == "input/index.md")) Add("input/index.md", "---\ntitle: Home\nkind: page\n---\nHome.\n");
        var documents = new List<ParsedDocument>();
        foreach (var file in _files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var found = new List<Diagnostic>();
            if (DocumentParser.Parse(file, found) is { } document) documents.Add(document);
            bag.AddRange(found);
        }
        var index = SiteIndex.Build([.. documents.Select(d => d.Document)], bag);
        var entry = index.Entries.Single(e => e.Document.Path == pagePath);
        var markdown = Markdown.Parse(documents.Single(d => d.Document.Path == pagePath).Body, MarkdownSetup.Pipeline);
        var diagnostics = new List<Diagnostic>();
        var page = new MentionLinker(index, SiteUrls.TryCreate("/")!).Link(entry, markdown, diagnostics);
        bag.AddRange(diagnostics);
        return (page.BodyHtml, page, bag.Sorted(), index);
    }

    /// <summary>A page body linked against the given entries; the page itself is input/page.md.</summary>
    public static string LinkBody(string body, params (string Path, string Text)[] entries)
    {
        var harness = new LinkHarness();
        foreach (var (path, text) in entries) harness.Add(path, text);
        harness.Add("input/page.md", $"---\ntitle: A page\nkind: page\n---\n{body}\n");
        var result = harness.Link("input/page.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Html.Trim();
    }
}
