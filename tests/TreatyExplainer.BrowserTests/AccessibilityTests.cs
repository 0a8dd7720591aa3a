using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TreatyExplainer.BrowserTests;

public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, ColorScheme> PagesInBothSchemes()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var path in PageTypes.All)
        {
            data.Add(path.Data, ColorScheme.Light);
            data.Add(path.Data, ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task PageHasNoAxeViolations(string path, ColorScheme scheme)
    {
        var (page, problems) = await site.OpenAsync(path, scheme);

        var results = await page.RunAxe();

        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(!violations.Any(), string.Join("\n", violations));
        Assert.Empty(problems);
    }
}
