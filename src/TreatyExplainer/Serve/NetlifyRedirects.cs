namespace TreatyExplainer.Serve;

/// <summary>
/// The site's <c>_redirects</c> as Netlify applies them to the paths the generator writes there: an exact path, with or
/// without its trailing slash, sent on with its 3xx status. Like Netlify, a file that exists at the path wins.
/// </summary>
public static class NetlifyRedirects
{
    public const string FileName = "_redirects";

    /// <summary>Where a request path is sent, and with which status; null when no rule matches.</summary>
    public static (string Location, int Status)? Find(string output, string requestPath)
    {
        var file = Path.Combine(output, FileName);
        if (!File.Exists(file)) return null;
        var wanted = requestPath.TrimEnd('/');
        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#')) continue;
            var status = parts.Length > 2 && int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var given) ? given : 301;
            if (status is >= 300 and < 400 && parts[0].TrimEnd('/') == wanted && wanted.Length > 0) return (parts[1], status);
        }
        return null;
    }
}
