using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Problems between files: ids, aliases, sources, links and kinds.</summary>
public sealed class SiteDiagnosticsTests
{
    [Fact]
    public void DuplicateIdIsAnErrorNamingTheFirstFile()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/islands/iturup.md", Entries.Island("Iturup", Entries.Words));
        site.Write("input/terms/iturup.md", Entries.Glossary("Iturup term", "term", Entries.Words));

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/terms/iturup.md:1:1: error TE011: id 'iturup' is already used by input/islands/iturup.md", error);
    }

    [Theory]
    [InlineData("islands")]
    [InlineData("a-z")]
    public void PageIdThatWouldTakeAUrlTheSiteUsesIsRefused(string id)
    {
        using var site = new TempSite().WithHome();
        site.Write($"input/{id}.md", "---\ntitle: Taken\nkind: page\n---\nText.\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains($"input/{id}.md:1:1: error TE011", error);
    }

    [Theory]
    [InlineData("/search/", "the search page")]
    [InlineData("/a-z/", "the index of names")]
    [InlineData("/assets/", "the theme's assets")]
    [InlineData("/assets/site/", "the theme's assets")]
    [InlineData("/404/", "the not-found page")]
    public void RedirectFromAPathTheSiteServesIsRefused(string path, string words)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/old.md", $"---\ntitle: Old\nkind: page\nredirect_from: [/fine/, {path}]\n---\nText.\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/old.md:4:25: error TE077", error);
        Assert.Contains(words, error);
    }

    [Fact]
    public void UnknownSourceIdIsAnErrorAtItsLine()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/t.md", "---\ntitle: T\nkind: term\nsummary: S.\nsources:\n  - no-such-report\n---\nBody.\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/terms/t.md:6:5: error TE013: unknown source id 'no-such-report'", error);
    }

    [Fact]
    public void SameAliasOnTwoEntriesIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/a.md", Entries.Person("Taro Kono", aliases: "[Kono]"));
        site.Write("input/people/b.md", Entries.Person("Yohei Kono", aliases: "[Kono]"));

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/people/b.md:5:11: error TE014", error);
        Assert.Contains("input/people/a.md and input/people/b.md", error);
    }

    [Fact]
    public void UnknownXrefIsAnError()
    {
        using var site = new TempSite().WithHome("See [x](xref:missing).");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:5:5: error TE015", error);
    }

    [Fact]
    public void SourceKindOutsideSeedsIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/report.md", Entries.Source("A report", "Text."));

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/report.md:1:1: error TE012", error);
    }

    [Fact]
    public void FileNameThatIsNotAnIdIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/Sergey Lavrov.md", Entries.Person("Sergey Lavrov"));

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/Sergey Lavrov.md:1:1: error TE010", error);
    }

    [Fact]
    public void BrokenRelativeLinkIsReportedAtItsMarkdownLine()
    {
        using var site = new TempSite().WithHome("Intro.\n\nSee [the list](/nowhere/).");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:7:16: error TE040: link '/nowhere/' leads to no page of the site", error);
    }

    [Fact]
    public void BrokenFragmentIsAnError()
    {
        using var site = new TempSite().WithHome("## Real heading\n\nSee [below](#no-such-heading).");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("error TE041", error);
    }

    [Fact]
    public void WorkingFragmentPasses()
    {
        using var site = new TempSite().WithHome("## Real heading\n\nSee [below](#real-heading).");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }

    [Fact]
    public void SecondH1FromMarkdownIsAnError()
    {
        using var site = new TempSite().WithHome("# Another title\n\nText.");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("error TE044: the page has 2 h1 elements", error);
    }

    [Fact]
    public void DuplicateHeadingAnchorsAreMadeUnique()
    {
        using var site = new TempSite().WithHome("## Same\n\nA.\n\n## Same\n\nB.");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }

    [Fact]
    public void UnlinkedOrShortEntryIsAWarningNotAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/lonely.md", Entries.Glossary("Lonely", "term", "Too short."));

        var (code, output, error) = site.Run("check", "--base-url", "https://treaty.example/");

        Assert.Equal(0, code);
        Assert.Contains("input/terms/lonely.md:1:1: warning TE060", error);
        Assert.Contains("input/terms/lonely.md:7:1: warning TE061: the body has 2 words", error);
        Assert.Contains("2 warning(s)", output);
    }

    [Fact]
    public void SiteWithoutAHomePageIsAnError()
    {
        using var site = new TempSite();
        site.Write("input/about.md", "---\ntitle: About\nkind: page\n---\nText.\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:1:1: error TE026", error);
    }

    [Fact]
    public void DeeplyNestedMarkdownIsAnErrorNotACrash()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/deep.md", "---\ntitle: Deep\nkind: page\n---\n" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/deep.md:5:1: error TE025", error);
    }

    [Fact]
    public void DeeplyNestedEmphasisAndBracketsFinish()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/deep.md", "---\ntitle: Deep\nkind: page\n---\n" + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n\n" + new string('[', 10_000) + "x" + new string(']', 10_000) + "\n");

        var (code, _, error) = site.Run("check");

        Assert.True(code is 0 or 1, error);
        Assert.DoesNotContain("   at ", error);
    }
}
