using System.Diagnostics;

namespace TreatyExplainer.Tests.Support;

/// <summary>The generator as a user runs it: its own process, from the test's output folder.</summary>
public static class RealBinary
{
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var binary = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "TreatyExplainer.exe" : "TreatyExplainer");
        var info = new ProcessStartInfo(binary, args)
        {
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return Process.Start(info)!;
    }
}
