using System.Diagnostics;

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// The pinned web checkers in tests/web-checks (the Nu Html Checker and Lighthouse), installed from its lock file
/// on first use so that <c>dotnet test</c> alone sets them up. Without Node.js or Java they skip, unless CI=true.
/// </summary>
internal static class WebChecks
{
    private static readonly SemaphoreSlim InstallGate = new(1);

    public static string Folder { get; } = Path.Combine(Repo.Root, "tests", "web-checks");

    public static string VnuJar => Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string LighthouseCli => Path.Combine(Folder, "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>Installs the packages once per test run; skips the calling test when a tool is missing.</summary>
    public static async Task EnsureInstalledAsync(params string[] programs)
    {
        foreach (var program in programs) RequireOnPath(program);
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(VnuJar) && File.Exists(LighthouseCli)) return;
            RequireOnPath("npm");
            var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Folder, TimeSpan.FromMinutes(5));
            if (exit != 0) throw new InvalidOperationException("npm ci in tests/web-checks failed:\n" + output);
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs a program to its end, with its output and error streams together.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, string folder, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran longer than {limit}");
        }
        return (process.ExitCode, await output + await error);
    }

    private static void RequireOnPath(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
        if (found) return;
        var reason = $"{program} is not installed; the web standards checks need it";
        if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(reason + " (CI=true: they must run)");
        Assert.Skip(reason);
    }
}
