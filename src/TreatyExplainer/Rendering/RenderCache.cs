using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scriban.Runtime;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Pages rendered by earlier builds in this process, kept by a fingerprint of everything that goes into them: the
/// theme's templates and the page's variables. <c>serve</c> uses it so an edit re-renders only the pages whose
/// inputs changed: the page itself, pages whose "Mentioned in" lists or listings changed, and the like.
/// A theme change changes every fingerprint, which re-renders everything.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string fingerprint, out string html) => _pages.TryGetValue(fingerprint, out html!);

    public void Add(string fingerprint, string html) => _pages[fingerprint] = html;

    /// <summary>Forgets pages no build has asked for since the last call, so the cache does not grow without end.</summary>
    public void Trim(IReadOnlySet<string> used)
    {
        foreach (var key in _pages.Keys.Where(k => !used.Contains(k)).ToList()) _pages.TryRemove(key, out _);
    }

    /// <summary>A hash of a page's layout and variables, together with the theme's own fingerprint.</summary>
    public static string Fingerprint(string theme, RenderJob job)
    {
        var text = new StringBuilder(4096).Append(theme).Append('\u0001').Append(job.SitePath).Append('\u0001').Append(job.Layout).Append('\u0001');
        Append(text, job.Variables);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('\u0002');
                break;
            case ScriptObject map:
                text.Append('{');
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    text.Append(key).Append('=');
                    Append(text, map[key]);
                    text.Append(';');
                }
                text.Append('}');
                break;
            case System.Collections.IEnumerable list and not string:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.ToString()!.Replace("\u0001", "", StringComparison.Ordinal)).Append('\u0003');
                break;
        }
    }
}
