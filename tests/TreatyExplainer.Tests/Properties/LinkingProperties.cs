using AngleSharp.Html.Parser;
using Markdig;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Tests.Properties;

/// <summary>For random Markdown with random alias sets, auto-linking keeps its promises.</summary>
public sealed class LinkingProperties
{
    private const int Cases = 300;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, Cases)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LinkingKeepsTextNeverNestsLinksLinksOnceAndIsIdempotent(int seed)
    {
        var random = new RandomContent(seed);
        var entries = random.Entries();
        var markdown = random.Markdown();
        var context = $"seed {seed}\n--- aliases: {string.Join(" | ", entries.Select(e => string.Join(", ", e.Aliases.Select(a => a.Name).Prepend(e.Title))))}\n--- markdown:\n{markdown}";

        var (index, urls) = Index(entries);
        var linker = new MentionLinker(index, urls);
        var page = index.Entries.Single(e => e.Id == "index");
        var document = Markdown.Parse(markdown, MarkdownSetup.Pipeline);
        var plain = LinkedHtml.Render(Markdown.Parse(markdown, MarkdownSetup.Pipeline));
        var linked = linker.Link(page, document, []).BodyHtml;
        var again = linker.Link(page, document, []).BodyHtml;

        var parser = new HtmlParser();
        var before = parser.ParseDocument(plain);
        var after = parser.ParseDocument(linked);
        Assert.True(before.Body!.TextContent == after.Body!.TextContent, "visible text changed\n" + context);
        Assert.True(after.QuerySelectorAll("a a").Length == 0, "a link inside a link\n" + context);
        var perEntry = after.QuerySelectorAll("a.mention").GroupBy(a => a.GetAttribute("href")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(perEntry.Count == 0, $"linked more than once: {string.Join(", ", perEntry)}\n" + context);
        Assert.True(linked == again, $"linking again changed the page\n{context}\n--- first:\n{linked}\n--- second:\n{again}");
    }

    private static (SiteIndex Index, SiteUrls Urls) Index(List<RandomContent.GeneratedEntry> entries)
    {
        var documents = new List<ContentDocument> { Document("input/index.md", "Home", Kind.Page, []) };
        foreach (var entry in entries)
            documents.Add(Document($"input/terms/{entry.Id}.md", entry.Title, Kind.Term, entry.Aliases.Select(a => new Alias(a.Name, a.IgnoreCase, SourcePosition.Start)).ToList()));
        var bag = new DiagnosticBag();
        var index = SiteIndex.Build(documents, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return (index, SiteUrls.TryCreate("/")!);
    }

    private static ContentDocument Document(string path, string title, Kind kind, IReadOnlyList<Alias> aliases) =>
        new(path, Origin.Input, new FrontMatter { Title = title, Kind = kind, Summary = "s", Aliases = aliases }, 5);
}
