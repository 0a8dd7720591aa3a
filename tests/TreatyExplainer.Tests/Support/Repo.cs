namespace TreatyExplainer.Tests.Support;

/// <summary>Paths in this repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixtures => Path.Combine(Root, "tests", "TreatyExplainer.Tests", "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TreatyExplainer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TreatyExplainer.sln not found above " + AppContext.BaseDirectory);
    }
}
