using TreatyExplainer.Content;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

public sealed class NewCommandTests
{
    [Theory]
    [InlineData("person", "input/people/yohei-kono.md")]
    [InlineData("island", "input/islands/yohei-kono.md")]
    [InlineData("treaty", "input/treaties/yohei-kono.md")]
    [InlineData("term", "input/terms/yohei-kono.md")]
    [InlineData("event", "input/events/yohei-kono.md")]
    [InlineData("source", "seeds/yohei-kono.md")]
    [InlineData("page", "input/yohei-kono.md")]
    public void UntouchedStubFailsOnlyOnItsPlaceholdersAndBuildsOnceTheyAreWritten(string kind, string path)
    {
        using var site = new TempSite().WithHome();

        var (code, output, _) = site.Run("new", kind, "Yohei Kono");
        var file = Path.Combine(site.Root, path);
        var lines = File.ReadAllLines(file);
        var (stubCode, _, stubErrors) = site.Run("check");
        File.WriteAllText(file, File.ReadAllText(file).Replace(Placeholder.Marker + " ", "", StringComparison.Ordinal));
        var (filledCode, _, filledErrors) = site.Run("check");

        Assert.Equal(0, code);
        Assert.Contains(path, output);
        Assert.Equal(1, stubCode);
        var errors = stubErrors.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(Placeholder.Marker, StringComparison.Ordinal);
            if (at >= 0) Assert.Contains($"{path}:{i + 1}:{at + 1}: error TE085: placeholder text from 'new'", stubErrors);
        }
        Assert.All(errors, e => Assert.Contains("error TE085", e));
        Assert.True(filledCode == 0, filledErrors);
    }

    [Fact]
    public void TitleWithALineBreakIsRefusedAndWritesNothing()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("new", "term", "Evil\n---\nkind: source", "--id", "evil");

        Assert.Equal(2, code);
        Assert.Contains("line break", error);
        Assert.False(File.Exists(Path.Combine(site.Root, "input/terms/evil.md")));
    }

    [Theory]
    [InlineData("Say \"no\": the \\ back # hash")]
    [InlineData("- [not, a, list] & {nor: a map}")]
    [InlineData("'single' quotes, 北方領土, Итуруп")]
    public void TitleIsWrittenSoThatTheParserReadsItBackExactly(string title)
    {
        var text = TreatyExplainer.Cli.NewCommand.Scaffold(Kind.Term, title, new DateOnly(2026, 11, 23));
        var diagnostics = new List<TreatyExplainer.Diagnostics.Diagnostic>();

        var parsed = DocumentParser.Parse(new SourceFile("input/terms/x.md", text, Origin.Input), diagnostics);

        // Exactly, but for the typography every title gets (“ ” ‘ ’).
        Assert.Equal(PlainTypography.Apply(title), parsed!.Document.FrontMatter.Title);
        Assert.All(diagnostics, d => Assert.Equal("TE085", d.Code));
    }

    [Theory]
    [InlineData("Islands")]
    [InlineData("People")]
    [InlineData("Search")]
    [InlineData("Assets")]
    [InlineData("Timeline")]
    [InlineData("Index")]
    public void PageThatWouldTakeAUrlTheSiteUsesIsRefused(string title)
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("new", "page", title);

        Assert.Equal(2, code);
        Assert.Contains("reserved", error);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void ReservedPageIdIsFineForAnEntryInItsOwnFolder()
    {
        using var site = new TempSite().WithHome();

        var (code, _, _) = site.Run("new", "term", "Search");

        Assert.Equal(0, code);
    }

    [Fact]
    public void PersonStubSpeaksOfAPersonNotAnIsland()
    {
        var text = TreatyExplainer.Cli.NewCommand.Scaffold(Kind.Person, "Yohei Kono", new DateOnly(2026, 11, 23));

        Assert.Contains("who Yohei Kono is", text);
        Assert.DoesNotContain("Iturup", text);
        Assert.DoesNotContain("what Yohei Kono is", text);
        Assert.DoesNotContain("why it matters", text);
        Assert.Contains("# names: { en: Sergey Lavrov", text);
    }

    [Fact]
    public void EachKindHasItsOwnExamplesInNewAndInContributing()
    {
        var titles = Enum.GetValues<Kind>().Select(k => FieldExamples.For(k, FrontMatterSchema.Find("title")!)).ToList();
        var docs = FieldDocs.Render();

        Assert.Equal(titles.Count, titles.Distinct().Count());
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var table = docs.Split("#### ").Single(t => t.StartsWith($"`kind: {kind.Name()}`", StringComparison.Ordinal));
            Assert.Contains($"| `kind` | yes | ", table);
            Assert.Contains($"| `{kind.Name()}` |", table);
            Assert.Contains($"`{FieldExamples.For(kind, FrontMatterSchema.Find("title")!)}`", table);
        }
    }

    [Fact]
    public void WritesEveryFieldOfTheKindEachWithAComment()
    {
        var text = TreatyExplainer.Cli.NewCommand.Scaffold(Kind.Island, "Iturup", new DateOnly(2026, 11, 23));

        foreach (var field in FrontMatterSchema.Fields.Where(f => f.Kinds.Contains(Kind.Island)))
        {
            Assert.Contains($"{field.Key}: ", text);
            Assert.Contains("# " + field.Description, text);
        }
        Assert.DoesNotContain("roles", text);
    }

    [Fact]
    public void RefusesToOverwrite()
    {
        using var site = new TempSite().WithHome();
        site.Run("new", "person", "Yohei Kono");
        File.WriteAllText(Path.Combine(site.Root, "input/people/yohei-kono.md"), "edited by hand");

        var (code, _, error) = site.Run("new", "person", "Yohei Kono");

        Assert.Equal(2, code);
        Assert.Contains("already exists", error);
        Assert.DoesNotContain("Usage:", error);
        Assert.Equal("edited by hand", File.ReadAllText(Path.Combine(site.Root, "input/people/yohei-kono.md")));
    }

    [Fact]
    public void RefusesAnIdAnotherKindAlreadyUses()
    {
        using var site = new TempSite().WithHome();
        site.Run("new", "term", "Kono");

        var (code, _, error) = site.Run("new", "person", "Kono");

        Assert.Equal(2, code);
        Assert.Contains("input/terms/kono.md", error);
    }

    [Fact]
    public void NameInAnotherScriptNeedsAnId()
    {
        using var site = new TempSite().WithHome();

        var (code, _, error) = site.Run("new", "person", "河野洋平");
        var (withId, _, _) = site.Run("new", "person", "河野洋平", "--id", "yohei-kono");

        Assert.Equal(2, code);
        Assert.Contains("--id", error);
        Assert.Equal(0, withId);
    }
}
