using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Serve;

/// <summary>
/// The <c>[[headers]]</c> rules of the project's netlify.toml, matched as Netlify matches them (<c>*</c> is any run of
/// characters; a later rule's value wins), so the preview sends what production sends and CSP breakage shows early.
/// </summary>
public sealed class NetlifyHeaders
{
    public const string FileName = "netlify.toml";

    private readonly IReadOnlyList<(Regex For, IReadOnlyList<KeyValuePair<string, string>> Values)> _rules;

    private NetlifyHeaders(IReadOnlyList<(Regex, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    public static NetlifyHeaders None { get; } = new([]);

    /// <summary>The rules in <c>root/netlify.toml</c>; none when there is no such file, or when it cannot be read (a TE080 error).</summary>
    public static NetlifyHeaders Load(string root, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path)) return None;
        try
        {
            var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(path)) ?? new TomlTable();
            if (!config.TryGetValue("headers", out var headers)) return None;
            var rules = new List<(Regex, IReadOnlyList<KeyValuePair<string, string>>)>();
            foreach (var rule in (TomlTableArray)headers)
            {
                var values = ((TomlTable)rule["values"]).Select(v => KeyValuePair.Create(v.Key, (string)v.Value)).ToList();
                rules.Add((Pattern((string)rule["for"]), values));
            }
            return new NetlifyHeaders(rules);
        }
        catch (Exception e) when (e is TomlException or InvalidCastException or KeyNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error(FileName, 1, 1, DiagnosticCodes.UnreadableNetlifyHeaders,
                $"cannot read its [[headers]] ({Flatten(e.Message)}); each needs for = \"/path\" and a [headers.values] table of strings. " +
                "The preview sends no security headers until it is fixed"));
            return None;
        }
    }

    /// <summary>The headers for a request path, in the order netlify.toml gives them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string requestPath)
    {
        var found = new List<KeyValuePair<string, string>>();
        foreach (var (pattern, values) in _rules.Where(r => r.For.IsMatch(requestPath)))
        {
            foreach (var value in values)
            {
                found.RemoveAll(f => string.Equals(f.Key, value.Key, StringComparison.OrdinalIgnoreCase));
                found.Add(value);
            }
        }
        return found;
    }

    private static Regex Pattern(string path) =>
        new("^" + Regex.Escape(path).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);

    private static string Flatten(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
