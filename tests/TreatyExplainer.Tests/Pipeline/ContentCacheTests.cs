using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Site;

namespace TreatyExplainer.Tests.Pipeline;

public sealed class ContentCacheTests
{
    [Fact]
    public void NamesFingerprintChangesWithASourcesHeadline()
    {
        // A headline decides what other pages may link inside a quotation, so a page linked before the edit is stale.
        var before = Fingerprint("Japan, Russia agree to plan Abe talks");
        var after = Fingerprint("Japan, Russia agree to plan Abe talks with Putin");

        Assert.NotEqual(before, after);
        Assert.Equal(before, Fingerprint("Japan, Russia agree to plan Abe talks"));
    }

    private static string Fingerprint(string headline)
    {
        var home = new ContentDocument("input/index.md", Origin.Input, new FrontMatter { Title = "Home", Kind = Kind.Page }, 5);
        var source = new ContentDocument("seeds/report.md", Origin.Seeds, new FrontMatter { Title = "Report", Kind = Kind.Source, Headline = headline }, 9);
        var index = SiteIndex.Build([home, source], new DiagnosticBag());
        return ContentCache.NamesFingerprint(index, SiteUrls.TryCreate("/")!);
    }
}
