using System.Text.RegularExpressions;

namespace TreatyExplainer.Content;

/// <summary>Rules for the paths the generator writes or redirects, so no content can point a write outside output/.</summary>
public static partial class UrlPath
{
    /// <summary>True for a root-relative folder path such as /islands/etorofu/: lowercase words, digits and hyphens.</summary>
    public static bool IsSafeSitePath(string path) => SafePath().IsMatch(path);

    /// <summary>True for an entry id: lowercase ASCII words joined by hyphens.</summary>
    public static bool IsValidId(string id) => ValidId().IsMatch(id);

    [GeneratedRegex(@"^/([a-z0-9]+(-[a-z0-9]+)*/)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
