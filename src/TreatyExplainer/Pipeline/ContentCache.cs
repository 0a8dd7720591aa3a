using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using TreatyExplainer.Content;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Pipeline;

/// <summary>
/// Documents parsed and linked by earlier builds in this process, for <c>serve</c>: a save re-parses and re-links
/// only the file that changed. A linked page is reused only while every entry's id, kind, title and names are as
/// they were, since those decide what a page links to. Only results without diagnostics are kept, so a cached
/// file never hides an error.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, ParsedDocument> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LinkedPage> _linked = new(StringComparer.Ordinal);

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The key a file's parse is kept under: its path and the hash of its text.</summary>
    public static string ParsedKey(SourceFile file) => file.Path + "\n" + Hash(file.Text);

    public ParsedDocument? Parsed(string key) => _parsed.GetValueOrDefault(key);

    public void AddParsed(string key, ParsedDocument document) => _parsed[key] = document;

    public LinkedPage? Linked(string names, Entry entry, string body) => _linked.GetValueOrDefault(LinkKey(names, entry, body));

    public void AddLinked(string names, Entry entry, string body, LinkedPage page) => _linked[LinkKey(names, entry, body)] = page;

    /// <summary>Everything outside a page that decides its links: every entry's place, kind and names, and the base URL.</summary>
    public static string NamesFingerprint(SiteIndex index, SiteUrls urls)
    {
        var text = new StringBuilder(urls.BasePath).Append('\n');
        foreach (var entry in index.Entries)
        {
            text.Append(entry.Index).Append(' ').Append(entry.Path).Append(' ').Append(entry.Title).Append(' ')
                .Append(entry.Meta.Disputed).Append(' ').Append(entry.Meta.Names).Append(' ')
                // A source's headline is a quoted title that other pages' text must not link inside.
                .Append(entry.Meta.Headline).Append(' ');
            foreach (var alias in entry.Meta.Aliases) text.Append(alias.Text).Append(alias.IgnoreCase ? "~" : "").Append('|');
            // A reference's sides decide whether position sections pass.
            if (entry.Meta.Reference is { } reference) text.Append(string.Join(',', reference.Sides));
            text.Append('\n');
        }
        return Hash(text.ToString());
    }

    /// <summary>Drops what no build used lately, so the cache holds one generation of the site.</summary>
    public void Trim(IReadOnlySet<string> paths)
    {
        foreach (var key in _parsed.Keys.Where(k => !paths.Contains(k[..k.IndexOf('\n')])).ToList()) _parsed.TryRemove(key, out _);
        if (_linked.Count > 4 * Math.Max(paths.Count, 1)) _linked.Clear();
    }

    // The infobox's sources are numbered with the body's citations, so they decide the page's markers too.
    private static string LinkKey(string names, Entry entry, string body) => names + "\n" + entry.Document.Path + "\n" + entry.Document.BodyLine + "\n"
        + entry.Meta.Area?.Source.Value + "\n" + entry.Meta.Population?.Source.Value + "\n" + Hash(body);
}
