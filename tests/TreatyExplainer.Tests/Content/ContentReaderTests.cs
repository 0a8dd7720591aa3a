using System.Text;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

public sealed class ContentReaderTests
{
    [Fact]
    public void EmptyFileIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/empty.md", "");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/empty.md:1:1: error TE021", error);
    }

    [Fact]
    public void FileWithOnlyFrontMatterBuilds()
    {
        using var site = new TempSite();
        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\n");

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        using var site = new TempSite();
        site.WriteBytes("input/index.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: Home\nkind: page\n---\nHello.\n")]);

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void OtherLineEndingsKeepLineNumbersRight(string newline)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/bad.md", string.Join(newline, "---", "title: X", "kind: page", "colour: red", "---", "Body."));

        var (_, _, error) = site.Run("check");

        Assert.Contains("input/bad.md:4:1: error TE004", error);
    }

    [Fact]
    public void MixedLineEndingsBuildWithRightLineNumbers()
    {
        using var site = new TempSite();
        site.Write("input/index.md", "---\r\ntitle: Home\nkind: page\r---\r\nLine five.\n\nSee [x](xref:nope).\r\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/index.md:7:5: error TE015", error);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorAtTheBadByte()
    {
        using var site = new TempSite().WithHome();
        site.WriteBytes("input/bad.md", [.. Encoding.UTF8.GetBytes("---\ntitle: X\nkind: page\n---\nab"), 0xC3, 0x28]);

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/bad.md:5:3: error TE017", error);
    }

    [Fact]
    public void NulByteMeansBinaryFile()
    {
        using var site = new TempSite().WithHome();
        site.WriteBytes("input/picture.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Matches(@"input/picture\.md:1:\d+: error TE01[78]", error);
    }

    [Fact]
    public void NulByteInTextIsAnError()
    {
        using var site = new TempSite().WithHome();
        site.WriteBytes("input/nul.md", [.. Encoding.UTF8.GetBytes("---\ntitle: X\nkind: page\n---\nab"), 0x00]);

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/nul.md:5:3: error TE018", error);
    }

    [Fact]
    public void OversizedFileIsRefusedQuickly()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/huge.md", "---\ntitle: X\nkind: page\n---\n" + new string('a', 10 * 1024 * 1024));

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/huge.md:1:1: error TE019", error);
    }

    [Fact]
    public void SymlinkOutOfTheRootIsNotFollowed()
    {
        using var site = new TempSite().WithHome();
        var outside = Path.Combine(Path.GetTempPath(), "te-outside-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, "---\ntitle: Secret\nkind: page\n---\nSECRET-CONTENT\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "input", "leak.md"), outside);

            var (code, _, error) = site.Run("check");

            Assert.Equal(1, code);
            Assert.Contains("input/leak.md:1:1: error TE020", error);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void SymlinkInsideTheRootIsFollowed()
    {
        using var site = new TempSite();
        site.Write("shared/home.md", "---\ntitle: Home\nkind: page\n---\nHi.\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "index.md"), Path.Combine(site.Root, "shared", "home.md"));

        var (code, _, error) = site.Run("check");

        Assert.True(code == 0, error);
    }
}
