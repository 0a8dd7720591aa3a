namespace TreatyExplainer.Output;

/// <summary>
/// Writes a whole site into a fresh folder beside the output folder, then swaps it in. A failed or killed build
/// leaves the previous output exactly as it was. A marker file shows which folders this tool made, so it never
/// replaces a folder of someone else's.
/// </summary>
public static class OutputWriter
{
    public const string MarkerFile = ".treatyexplainer-output";

    /// <summary>Why the folder may not be used as output, or null when it may.</summary>
    public static string? RefusalReason(string output)
    {
        if (!Directory.Exists(output)) return null;
        if (File.Exists(Path.Combine(output, MarkerFile))) return null;
        if (!Directory.EnumerateFileSystemEntries(output).Any()) return null;
        return $"'{output}' is not empty and was not made by this tool (no {MarkerFile} file in it); refusing to replace it";
    }

    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        RemoveStaleBuilds(parent, Path.GetFileName(output));

        var fresh = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(fresh);
        try
        {
            var createdFolders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var path = SafeCombine(fresh, file.RelativePath);
                var folder = Path.GetDirectoryName(path)!;
                if (createdFolders.Add(folder)) Directory.CreateDirectory(folder);
                File.WriteAllBytes(path, file.Bytes);
            }
            File.WriteAllText(Path.Combine(fresh, MarkerFile), "Made by TreatyExplainer; replaced whole on every build.\n");
            AtomicSwap.Replace(fresh, output);
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }

    /// <summary>Joins a relative path to a folder, refusing anything that would land outside it.</summary>
    public static string SafeCombine(string folder, string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\0') || relativePath.Contains('\\') || Path.IsPathRooted(relativePath)
            || relativePath.Split('/').Any(s => s is "" or "." or ".."))
            throw new InvalidOperationException($"refusing to write '{relativePath}': not a plain relative path");
        var full = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        return full;
    }

    /// <summary>Folders left by builds that were killed mid-write; their process is gone.</summary>
    private static void RemoveStaleBuilds(string parent, string outputName)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{outputName}.building-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[^2], out var pid) || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another build is cleaning up the same folder; whichever wins, it goes.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
