using TreatyExplainer.Rendering;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

public sealed class ThemeTemplateLoaderTests
{
    [Theory]
    [InlineData("../secret")]
    [InlineData("partials/../../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("partials\\names")]
    [InlineData("")]
    [InlineData("./partials/names")]
    public void RefusesNamesThatLeaveTheTheme(string name)
    {
        Assert.Null(new ThemeTemplateLoader(Repo.Theme).Resolve(name));
    }

    [Fact]
    public void ResolvesAPartialInsideTheTheme()
    {
        Assert.Equal("partials/names.sbn", new ThemeTemplateLoader(Repo.Theme).Resolve("partials/names"));
    }

    [Fact]
    public void RefusesASymlinkThatLeadsOut()
    {
        using var site = new TempSite();
        var outside = Path.Combine(Path.GetTempPath(), "te-secret-" + Guid.NewGuid().ToString("N") + ".sbn");
        File.WriteAllText(outside, "secret");
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "theme", "partials", "leak.sbn"), outside);

            Assert.Null(new ThemeTemplateLoader(Path.Combine(site.Root, "theme")).Resolve("partials/leak"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void TemplateErrorIsReportedAtTheTemplateLine()
    {
        using var site = new TempSite().WithHome();
        site.Write("theme/partials/names.sbn", "ok\n{{ if }}\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("theme/partials/names.sbn:2:", error);
        Assert.Contains("error TE030", error);
    }
}
