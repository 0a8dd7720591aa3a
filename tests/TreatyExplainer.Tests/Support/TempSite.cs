using TreatyExplainer.Cli;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Tests.Support;

/// <summary>A throwaway project folder with the real theme, for building small sites in tests.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(bool withTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "te-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "input"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        if (withTheme) CopyFolder(Repo.Theme, Path.Combine(Root, "theme"));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>Writes a file under the root, creating folders; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The smallest site that builds: a home page.</summary>
    public TempSite WithHome(string body = "Welcome.")
    {
        Write("input/index.md", $"---\ntitle: Home\nkind: page\n---\n{body}\n");
        return this;
    }

    public BuildResult Build(string baseUrl = "/") =>
        new SitePipeline(BuildOptions.Resolve(Root, baseUrl: baseUrl)).Run(write: false);

    /// <summary>Runs the command line as a user would, returning the exit code and both streams.</summary>
    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var all = args.Any(a => a.StartsWith("--root", StringComparison.Ordinal)) ? args : [.. args, "--root", Root];
        var code = App.Run(all, output, error, githubActions: false);
        return (code, output.ToString(), error.ToString());
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A folder left in /tmp is harmless; a test failing over it would not be.
        }
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
