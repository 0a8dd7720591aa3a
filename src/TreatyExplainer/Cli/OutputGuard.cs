using TreatyExplainer.Output;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Cli;

/// <summary>
/// Refuses output folders whose replacement would destroy something: the filesystem root, the project root, a
/// content or theme folder, a folder containing any of them, or a non-empty folder this tool did not make.
/// </summary>
public static class OutputGuard
{
    public static void Check(BuildOptions options)
    {
        var output = Trim(options.Output);
        if (File.Exists(output))
            throw new UsageException($"--output '{options.Output}' is a file; the output must be a folder (it is replaced on every build)");
        if (Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar || output.Length == 0 || output == Trim(Path.GetPathRoot(output) ?? "/"))
            throw new UsageException($"refusing to use the filesystem root '{options.Output}' as the output folder", showUsage: false);
        foreach (var (name, folder) in new[] { ("project root", options.Root), ("input", options.Input), ("seeds", options.Seeds), ("theme", options.Theme) })
        {
            var protectedFolder = Trim(folder);
            if (output == protectedFolder || protectedFolder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new UsageException($"refusing to use '{options.Output}' as the output folder: it is or contains the {name} folder", showUsage: false);
            if (output.StartsWith(protectedFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && name != "project root")
                throw new UsageException($"refusing to use '{options.Output}' as the output folder: it lies inside the {name} folder", showUsage: false);
        }
        if (OutputWriter.RefusalReason(output) is { } reason) throw new UsageException(reason, showUsage: false);
    }

    private static string Trim(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
