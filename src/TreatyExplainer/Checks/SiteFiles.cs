namespace TreatyExplainer.Checks;

/// <summary>What the site will contain once written: its pages with their element ids, and its other files.</summary>
public sealed class SiteFiles(IReadOnlyDictionary<string, IReadOnlySet<string>> pageIds, IReadOnlySet<string> otherFiles, string basePath)
{
    public string BasePath { get; } = basePath;

    public bool HasPage(string sitePath) => pageIds.ContainsKey(sitePath);

    public bool HasFile(string sitePath) => otherFiles.Contains(sitePath);

    public bool HasId(string sitePath, string id) => pageIds.TryGetValue(sitePath, out var ids) && ids.Contains(id);
}
