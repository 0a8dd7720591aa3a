using System.Diagnostics;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Rendering;

/// <summary>A theme file the build cannot read is an error naming it, never a hang or an internal error.</summary>
public sealed class ThemeTests
{
    [Theory]
    [InlineData("theme/layouts/extra.sbn")]
    [InlineData("theme/assets/extra.css")]
    public async Task PipeInTheThemeIsRefusedWithoutOpeningIt(string path)
    {
        using var site = new TempSite().WithHome();
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.Root, path))) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);

        var cancel = TestContext.Current.CancellationToken;
        var run = Task.Run(() => site.Run("check"), cancel);

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), cancel)));
        var (code, _, error) = await run;
        Assert.Equal(1, code);
        Assert.Contains($"{path}:1:1: error TE073", error);
    }
}
