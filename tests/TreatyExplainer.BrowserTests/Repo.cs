namespace TreatyExplainer.BrowserTests;

/// <summary>The repository the tests run from: the folder holding TreatyExplainer.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TreatyExplainer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TreatyExplainer.sln not found");
    }
}
