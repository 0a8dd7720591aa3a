using System.Diagnostics;

namespace TreatyExplainer.Tests.Support;

/// <summary>
/// Runs the real binary as a user file permissions bind. Root ignores them, so under root (a container, say) the
/// project is handed to 'nobody' and the binary runs as that user; as anyone else it runs as is.
/// </summary>
public static class Unprivileged
{
    private const string Nobody = "65534";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs <c>build --root</c> on the site; returns the exit code, standard error and how long it took.</summary>
    public static (int ExitCode, string Error, TimeSpan Elapsed) Build(TempSite site)
    {
        if (IsRoot) Tool("chown", "-R", $"{Nobody}:{Nobody}", site.Root);
        var binary = Path.Combine(AppContext.BaseDirectory, "TreatyExplainer");
        string[] command = IsRoot
            ? ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", binary, "build", "--root", site.Root]
            : [binary, "build", "--root", site.Root];
        var clock = Stopwatch.StartNew();
        var (code, error) = Run(command);
        return (code, error, clock.Elapsed);
    }

    /// <summary>chmod, recursively or not, as the tests' own user.</summary>
    public static void Chmod(string mode, string path, bool recursive = false)
    {
        if (recursive) Tool("chmod", "-R", mode, path);
        else Tool("chmod", mode, path);
    }

    /// <summary>Runs a system tool; true when it exits 0.</summary>
    public static bool TryTool(params string[] command) => Run(command).ExitCode == 0;

    /// <summary>Unmounts a test's mount; detaches it lazily if something still holds it, so no test leaves a mount behind.</summary>
    public static void Unmount(string path)
    {
        if (!TryTool("umount", path)) TryTool("umount", "-l", path);
    }

    private static void Tool(params string[] command)
    {
        var (code, error) = Run(command);
        if (code != 0) throw new InvalidOperationException($"{command[0]} failed: {error}");
    }

    private static (int ExitCode, string Error) Run(string[] command)
    {
        var info = new ProcessStartInfo(command[0], command[1..]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }
}
