using System.Diagnostics;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Content;

/// <summary>Whatever sits in a content folder (links, loops, pipes, unreadable entries, odd names), the build ends with one error naming it.</summary>
public sealed class ContentFolderWalkerTests
{
    [Fact]
    public void SymlinkLoopIsAnErrorNamingEachLink()
    {
        using var site = new TempSite().WithHome();
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "a.md"), "b.md");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "b.md"), "a.md");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/a.md:1:1: error TE072", error);
        Assert.Contains("input/b.md:1:1: error TE072", error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void FolderLinkBackIntoTheTreeIsRefusedOnce()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/people/someone.md", "---\ntitle: Someone\nkind: person\nsummary: S.\n---\nBody.\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input", "people", "up"), "..");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        var errors = error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["input/people/up:1:1: error TE072"], errors.Select(l => l[..l.IndexOf(": refusing", StringComparison.Ordinal)]));
    }

    [Fact]
    public void FolderLinkToTheProjectRootIsRefused()
    {
        using var site = new TempSite().WithHome();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input", "all"), site.Root);

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains("input/all:1:1: error TE072", error);
        Assert.DoesNotContain("TE011", error);
    }

    [Fact]
    public async Task PipeIsRefusedWithoutOpeningIt()
    {
        using var site = new TempSite().WithHome();
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.Root, "input", "pipe.md"))) mkfifo.WaitForExit();

        var cancel = TestContext.Current.CancellationToken;
        var run = Task.Run(() => site.Run("check"), cancel);

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), cancel)));
        var (code, _, error) = await run;
        Assert.Equal(1, code);
        Assert.Contains("input/pipe.md:1:1: error TE073", error);
    }

    [Theory]
    [InlineData("x.MD")]
    [InlineData("name.md ")]
    [InlineData("notes.markdown")]
    public void NameThatLooksLikeMarkdownIsAnError(string name)
    {
        using var site = new TempSite().WithHome();
        site.Write("input/" + name, "---\ntitle: X\nkind: page\n---\nBody.\n");

        var (code, _, error) = site.Run("check");

        Assert.Equal(1, code);
        Assert.Contains($"input/{name}:1:1: error TE074", error);
    }

    [Fact]
    public void UnreadableFileAndFolderAreErrorsNamingThem()
    {
        using var site = new TempSite().WithHome();
        site.Write("input/secret.md", "---\ntitle: X\nkind: page\n---\nBody.\n");
        site.Write("input/locked/page.md", "---\ntitle: Y\nkind: page\n---\nBody.\n");
        // Root reads through chmod 000, so the denial comes from the reader's seam, as the kernel would give it.
        var locked = Path.Combine(site.Root, "input", "locked");
        var disk = new ContentFileSystem(
            folder => folder == locked ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : ContentFileSystem.Real.List(folder),
            file => file.EndsWith("secret.md", StringComparison.Ordinal) ? throw new UnauthorizedAccessException($"Access to the path '{file}' is denied.") : File.ReadAllBytes(file));
        var diagnostics = new DiagnosticBag();

        var files = new ContentReader(site.Root, disk).ReadMarkdown(Path.Combine(site.Root, "input"), Origin.Input, diagnostics);

        Assert.Equal(["input/index.md"], files.Select(f => f.Path));
        var found = diagnostics.Sorted().Select(d => $"{d.Path}:{d.Code}");
        Assert.Equal(["input/locked:TE071", "input/secret.md:TE071"], found);
    }
}
