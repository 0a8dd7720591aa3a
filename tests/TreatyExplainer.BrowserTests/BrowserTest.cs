using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// A browser test: opens pages in the shared browser and closes their contexts when the test ends, so pages from
/// finished tests do not keep running (and slowing) the one Chromium every test shares.
/// </summary>
public abstract class BrowserTest(SiteFixture site) : IAsyncDisposable, IClassFixture<ClassProgress>
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Lock _lock = new();

    protected SiteFixture Site => site;

    protected async Task<(IPage Page, List<string> Problems)> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light, int width = 1200)
    {
        var (page, problems) = await site.OpenAsync(path, scheme, width);
        lock (_lock) _contexts.Add(page.Context);
        return (page, problems);
    }

    public async ValueTask DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_lock) contexts = [.. _contexts];
        foreach (var context in contexts) await context.CloseAsync();
        ClassProgress.TestFinished(GetType());
        GC.SuppressFinalize(this);
    }
}
