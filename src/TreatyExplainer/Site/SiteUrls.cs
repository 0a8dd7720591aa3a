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

    public static SiteUrls? TryCreate(string baseUrl)
    {
        if (baseUrl.StartsWith('/') && !baseUrl.StartsWith("//", StringComparison.Ordinal))
            return Content.UrlPath.IsSafeSitePath(WithSlash(baseUrl)) ? new SiteUrls("", WithSlash(baseUrl)) : null;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)) return null;
        return new SiteUrls(uri.GetLeftPart(UriPartial.Authority), WithSlash(uri.AbsolutePath));
    }

    /// <summary>The href for a site path such as /islands/iturup/.</summary>
    public string Href(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The absolute URL where the base URL gives a host, otherwise the href.</summary>
    public string Absolute(string sitePath) => _origin + Href(sitePath);

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
