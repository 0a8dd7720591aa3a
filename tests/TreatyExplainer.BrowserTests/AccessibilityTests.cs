using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

public sealed class AccessibilityTests(SiteFixture site) : BrowserTest(site)
{
    /// <summary>Pages checked at once: axe is CPU-bound, and each page has its own renderer process.</summary>
    private const int PagesAtOnce = 3;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPageTypeHasNoAxeViolations(ColorScheme scheme)
    {
        using var gate = new SemaphoreSlim(PagesAtOnce);

        var found = await Task.WhenAll(PageTypes.All.Select(row => (string)row.Data).Select(async path =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                return await ProblemsOf(path, scheme);
            }
            finally
            {
                gate.Release();
            }
        }));

        var problems = found.SelectMany(p => p).ToList();
        Assert.True(problems.Count == 0, $"{scheme} scheme:\n" + string.Join("\n", problems));
    }

    /// <summary>Every axe violation on the page, and every console error or failed request while it loaded.</summary>
    private async Task<IEnumerable<string>> ProblemsOf(string path, ColorScheme scheme)
    {
        var (page, problems) = await OpenAsync(path, scheme);
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
        return [.. violations, .. problems];
    }
}
