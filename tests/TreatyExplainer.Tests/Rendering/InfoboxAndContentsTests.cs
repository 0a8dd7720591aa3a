using TreatyExplainer.Tests.Content;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>The infobox and the contents list, as a built page shows them.</summary>
public sealed class InfoboxAndContentsTests
{
    private static string Build(TempSite site, string path)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Text(path)!;
    }

    [Fact]
    public void IslandFiguresCiteTheirSourcesFirstInTheReferenceList()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/areas.md", InfoboxFieldsTests.Reference("Areas", "news", "2020"));
        site.Write("input/references/census.md", InfoboxFieldsTests.Reference("Census", "news", "2023-05-30"));
        site.Write("input/islands/x.md", Entries.Glossary("X", "island", "X is an island.[@census] More.[@areas]",
            extra: "area: { km2: 3168, year: 2020, source: areas }\npopulation: { count: 6916, as_of: 2023-01-01, source: census }\nadministered_by: Russia\nclaimed_by: Japan\n"));

        var html = Build(site, "islands/x/index.html");

        Assert.Contains("<dt>Area</dt><dd>3,168 km² (<time datetime=\"2020\">2020</time>)<sup class=\"citations\">[<a class=\"citation\" id=\"cite-areas-1\" href=\"#ref-areas\"", html);
        Assert.Contains("<dt>Population</dt><dd>6,916 (as of <time datetime=\"2023-01-01\">1 January 2023</time>)<sup class=\"citations\">[<a class=\"citation\" id=\"cite-census-1\" href=\"#ref-census\" data-preview=\"/references/census/\">2</a>]</sup>", html);
        Assert.Contains("<dt>Administered by</dt><dd>Russia</dd>", html);
        Assert.Contains("<dt>Claimed by</dt><dd>Japan</dd>", html);
        // The body's citations continue the numbering, and each list item links back to every marker.
        Assert.Contains("id=\"cite-census-2\" href=\"#ref-census\" data-preview=\"/references/census/\">2</a>", html);
        Assert.True(html.IndexOf("id=\"ref-areas\"", StringComparison.Ordinal) < html.IndexOf("id=\"ref-census\"", StringComparison.Ordinal));
        Assert.Contains("href=\"#cite-areas-1\"", html);
    }

    [Fact]
    public void TreatyShowsDatesPartiesAndALinkToItsText()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/references/text.md", InfoboxFieldsTests.Reference("The <Text>", "treaty-text", "1956"));
        site.Write("input/treaties/t.md", Entries.Glossary("T", "treaty", "A treaty.[@text]", extra: "date: 1956-10-19\nin_force: 1956-12-12\nparties: [Soviet Union, Japan]\ntreaty_text: text\n"));

        var html = Build(site, "treaties/t/index.html");

        Assert.Contains("<dt>Signed</dt><dd><time datetime=\"1956-10-19\">19 October 1956</time></dd>", html);
        Assert.Contains("<dt>In force</dt><dd><time datetime=\"1956-12-12\">12 December 1956</time></dd>", html);
        Assert.Contains("<dt>Parties</dt><dd>Soviet Union, Japan</dd>", html);
        Assert.Contains("<dt>Text</dt><dd><a href=\"/references/text/\">The &lt;Text&gt;</a></dd>", html);
    }

    [Fact]
    public void PersonShowsEachOfficeInTheInfobox()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/p.md", Entries.Glossary("P", "person", "A person.", extra: "roles: [\"Minister (2004–)\", \"Envoy (1994–2004)\"]\n"));

        var html = Build(site, "people/p/index.html");

        Assert.Contains("<div><dt>Offices</dt><dd>Minister (2004–)</dd><dd>Envoy (1994–2004)</dd></div>", html);
    }

    [Fact]
    public void ContentsListFollowsTheSectionsFromThreeUp()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/terms/three.md", Entries.Glossary("Three", "term", "Intro.\n\n## One & only\n\nA.\n\n## Two\n\nB.\n\n## Three\n\nC."));
        site.Write("input/terms/two.md", Entries.Glossary("Two", "term", "Intro.\n\n## One\n\nA.\n\n## Two\n\nB."));

        var result = site.Build();

        Assert.Contains("<nav class=\"contents\" aria-label=\"Contents\">\n<details>\n<summary>Contents</summary>\n<ol>\n<li><a href=\"#one--only\">One &amp; only</a></li>\n<li><a href=\"#two\">Two</a></li>\n<li><a href=\"#three\">Three</a></li>\n</ol>", result.Text("terms/three/index.html"));
        Assert.DoesNotContain("class=\"contents\"", result.Text("terms/two/index.html"));
    }
}
