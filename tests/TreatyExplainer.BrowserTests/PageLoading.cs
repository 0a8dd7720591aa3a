using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

internal static class PageLoading
{
    /// <summary>
    /// Opens a path and waits for the load event, then for the network to go quiet. Waiting for network idle alone
    /// once let a test on a busy machine read a document whose footer was not there yet.
    /// </summary>
    public static async Task GotoLoadedAsync(this IPage page, string path)
    {
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
