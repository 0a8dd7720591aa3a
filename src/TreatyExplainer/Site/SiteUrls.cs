namespace TreatyExplainer.Site;

/// <summary>
/// Turns site paths into the hrefs pages use and the absolute URLs that canonical links and the sitemap need.
/// <c>--base-url</c> may be a full address (https://example.org/sub/) or a path (/sub/).
/// </summary>
public sealed class SiteUrls
{
    private readonly string _origin;

    private SiteUrls(string origin, string basePath)
    {
        _origin = origin;
        BasePath = basePath;
    }

    /// <summary>The path every page lives under, always ending in '/'.</summary>
    public string BasePath { get; }

    public bool IsAbsolute => _origin.Length > 0;

    public static SiteUrls? TryCreate(string baseUrl) => Problem(baseUrl) is null ? Create(baseUrl) : null;

    /// <summary>
    /// Why the base URL cannot be used, or null when it can. It is printed into every page, canonical link and the
    /// sitemap, so it must be a plain path or an http(s) origin and path: no spaces, credentials, query or fragment.
    /// </summary>
    public static string? Problem(string baseUrl)
    {
        if (baseUrl.Length == 0) return "is empty";
        if (baseUrl.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "contains a space or a control character";
        if (baseUrl.Contains('?') || baseUrl.Contains('#')) return "must not have a query (?) or a fragment (#)";
        if (baseUrl.StartsWith('/') && !baseUrl.StartsWith("//", StringComparison.Ordinal))
            return Content.UrlPath.IsSafeSitePath(WithSlash(baseUrl)) ? null : "must be a path of lowercase words and hyphens, such as /explainer/";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)) return "must be an http(s) address or a path such as /explainer/";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return $"must use http or https, not '{uri.Scheme}'";
        return uri.UserInfo.Length > 0 || uri.Authority.Contains('@')
            ? "must not hold a user name or password: it would be published in every page and the sitemap"
            : null;
    }

    private static SiteUrls Create(string baseUrl)
    {
        if (baseUrl.StartsWith('/')) return new SiteUrls("", WithSlash(baseUrl));
        var uri = new Uri(baseUrl, UriKind.Absolute);
        return new SiteUrls(uri.GetLeftPart(UriPartial.Authority), WithSlash(uri.AbsolutePath));
    }

    /// <summary>The href for a site path such as /islands/iturup/.</summary>
    public string Href(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The absolute URL where the base URL gives a host, otherwise the href.</summary>
    public string Absolute(string sitePath) => _origin + Href(sitePath);

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
