namespace TreatyExplainer.Checks;

/// <summary>
/// What the site will contain once written: its page paths and other files, known before any page is rendered,
/// and each page's element ids, known once that page has been rendered.
/// </summary>
public sealed class SiteFiles(IReadOnlySet<string> pages, IReadOnlySet<string> otherFiles, string basePath)
{
    private IReadOnlyDictionary<string, IReadOnlySet<string>> _ids = new Dictionary<string, IReadOnlySet<string>>();

    public string BasePath { get; } = basePath;

    public bool HasPage(string sitePath) => pages.Contains(sitePath);

    public bool HasFile(string sitePath) => otherFiles.Contains(sitePath);

    /// <summary>The same site with every page's ids, for the links whose fragment points into another page.</summary>
    public SiteFiles WithIds(IReadOnlyDictionary<string, IReadOnlySet<string>> ids) => new(pages, otherFiles, BasePath) { _ids = ids };

    public bool HasId(string sitePath, string id) => _ids.TryGetValue(sitePath, out var set) && set.Contains(id);
}
