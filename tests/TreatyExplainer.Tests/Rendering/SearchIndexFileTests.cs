using System.Text.Encodings.Web;
using System.Text.Json;
using TreatyExplainer.Rendering;
using TreatyExplainer.Site;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>The search index written record by record is the document serialised whole, and a rebuild re-serialises only edited pages.</summary>
public sealed class SearchIndexFileTests
{
    // The reflection serialiser with the options the generator documents: an oracle independent of the source-generated one.
    private static readonly JsonSerializerOptions Whole = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    [Fact]
    public void RecordByRecordIsByteForByteTheWholeDocument()
    {
        var model = Model();

        var file = new GeneratedAssets(model).Search;

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(SearchIndex.DocumentOf(model), Whole), file.Bytes);
        Assert.Equal(model.Index.Entries.Count, file.RecordsSerialised);
    }

    [Fact]
    public void AfterABodyEditOnlyTheEditedPageIsSerialisedAgain()
    {
        var model = Model();
        var previous = new GeneratedAssets(model);
        var edited = model.Index.Entries.Single(e => e.Title == "Iturup").Index;
        var pages = model.Pages.ToArray();
        pages[edited] = pages[edited] with { SearchText = "New text about \"Etorofu\" <and> Итуруп." };
        var after = SiteModel.Build(model.Index, model.Urls, pages);

        var rebuilt = new GeneratedAssets(after, previous);

        Assert.Equal(1, rebuilt.Search.RecordsSerialised);
        Assert.Equal(new GeneratedAssets(after).Search.Bytes, rebuilt.Search.Bytes);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(SearchIndex.DocumentOf(after), Whole), rebuilt.Search.Bytes);
        Assert.NotEqual(previous.SearchPath, rebuilt.SearchPath);
        Assert.Equal(previous.PreviewsPath, rebuilt.PreviewsPath);
    }

    private static SiteModel Model()
    {
        using var site = new TempSite().WithHome("Welcome to “the islands” — a <test> & more.");
        site.Write("input/islands/i.md", Entries.Island("Iturup", aliases: "[Etorofu, 択捉島, Итуруп]"));
        site.Write("input/people/l.md", Entries.Glossary("Sergey Lavrov", "person", "He visited Iturup in 2010. " + Entries.Words, aliases: "[Lavrov]"));
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nAbout Iturup and Lavrov's \"words\".\n");
        return site.Build().Model!;
    }
}
