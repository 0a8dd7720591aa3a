using System.Diagnostics;
using System.Globalization;

namespace TreatyExplainer.Content;

/// <summary>
/// The date of the last commit that touched each content file, from one <c>git log</c> over the whole history.
/// Where git or the history is missing (a tarball, a shallow export) the map is empty and pages fall back to
/// front matter's <c>updated</c>. Commit dates make the same commit build to the same bytes.
/// </summary>
public static class GitHistory
{
    public static IReadOnlyDictionary<string, DateOnly> LastChanged(string root, IReadOnlyList<string> folders)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var prefix = Git(root, "rev-parse", "--show-prefix");
        if (prefix is null) return dates;
        prefix = prefix.Trim();
        // Only the content folders: walking every file's history would cost more as the repository grows.
        var log = Git(root, ["log", "--format=%x1e%cs", "--name-only", "--no-renames", "--", .. folders.Where(Directory.Exists)]);
        if (log is null) return dates;
        foreach (var record in log.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0 || !DateOnly.TryParseExact(lines[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                continue;
            foreach (var file in lines.Skip(1))
            {
                if (!file.StartsWith(prefix, StringComparison.Ordinal)) continue;
                dates.TryAdd(file[prefix.Length..], date);
            }
        }
        return dates;
    }

    private static string? Git(string root, params IReadOnlyList<string> args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var arg in args) info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
