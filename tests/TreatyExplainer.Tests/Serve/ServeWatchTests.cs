using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary>The watcher keeps up with folders that editors and tools move or replace.</summary>
public sealed class ServeWatchTests
{
    [Theory]
    [InlineData("input")]
    [InlineData("theme")]
    public async Task FolderMovedAwayAndBackIsWatchedAgain(string folder)
    {
        using var site = new TempSite().WithHome("First text.");
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        var path = Path.Combine(site.Root, folder);
        var away = Path.Combine(site.Root, folder + "-away");

        Directory.Move(path, away);
        Assert.True(await Poll.Until(async () => host.State.Version >= 2), "moving the folder away did not rebuild");
        Directory.Move(away, path);
        Assert.True(await Poll.Until(async () => host.State.Succeeded && host.State.Version >= 3), "moving the folder back did not rebuild");

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nSecond text.\n");
        Assert.True(await Poll.Until(async () => (await http.GetStringAsync("/")).Contains("Second text.")), "an edit after the move did not show within 2 s");
    }

    [Fact]
    public async Task InputReplacedByACopyIsWatchedAgain()
    {
        using var site = new TempSite().WithHome("First text.");
        await using var host = await ServeHost.StartAsync(BuildOptions.Resolve(site.Root), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        var input = Path.Combine(site.Root, "input");
        var copy = Path.Combine(site.Root, "input-copy");

        TempSite.CopyFolder(input, copy);
        Directory.Delete(input, recursive: true);
        Directory.Move(copy, input);
        Assert.True(await Poll.Until(async () => host.State.Succeeded && host.State.Version >= 2), "replacing input/ did not rebuild");

        site.Write("input/index.md", "---\ntitle: Home\nkind: page\n---\nSecond text.\n");
        Assert.True(await Poll.Until(async () => (await http.GetStringAsync("/")).Contains("Second text.")), "an edit after the replacement did not show within 2 s");
    }
}
