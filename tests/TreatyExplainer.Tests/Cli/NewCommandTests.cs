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
    public void WritesAFileThatBuilds(string kind, string path)
    {
        using var site = new TempSite().WithHome();

        var (code, output, _) = site.Run("new", kind, "Yohei Kono");
        var (checkCode, _, errors) = site.Run("check");

        Assert.Equal(0, code);
        Assert.Contains(path, output);
        Assert.True(File.Exists(Path.Combine(site.Root, path)));
        Assert.True(checkCode == 0, errors);
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
