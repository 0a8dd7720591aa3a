using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace TreatyExplainer.Checks;

/// <summary>
/// What checking a page found, kept by the hash of its HTML, so a rebuild in <c>serve</c> parses only pages that
/// changed. Only pages that passed every page rule are kept; their links are still checked against the current
/// site each time, since a page elsewhere may have gone.
/// </summary>
public sealed class CheckCache
{
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Ids, IReadOnlyList<LinkReference> Links)> _pages = new(StringComparer.Ordinal);

    public static string KeyOf(string html) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));

    public bool TryGet(string key, out IReadOnlySet<string> ids, out IReadOnlyList<LinkReference> links)
    {
        var found = _pages.TryGetValue(key, out var entry);
        (ids, links) = found ? entry : (new HashSet<string>(), []);
        return found;
    }

    public void Add(string key, IReadOnlySet<string> ids, IReadOnlyList<LinkReference> links) => _pages[key] = (ids, links);
}
