using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>URLs are folders, and the kind picks the folder: /islands/iturup/ is output/islands/iturup/index.html.</summary>
public static class Routes
{
    public const string Timeline = "/timeline/";

    /// <summary>Netlify serves this file, from the site root, for any address that has no page.</summary>
    public const string NotFound = "/404.html";

    public const string Search = "/search/";

    /// <summary>Every name, A to Z: what search offers without JavaScript.</summary>
    public const string Names = "/a-z/";

    public static string PathOf(Kind kind, string id) => kind switch
    {
        Kind.Page when id == "index" => "/",
        Kind.Page => $"/{id}/",
        _ => $"/{kind.Folder()}/{id}/",
    };

    public static string ListingPath(Kind kind) => $"/{kind.Folder()}/";

    /// <summary>The file a site path is written to, relative to the output folder.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.EndsWith(".html", StringComparison.Ordinal) ? sitePath.TrimStart('/') : sitePath.TrimStart('/') + "index.html";
}
