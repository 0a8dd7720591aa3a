namespace TreatyExplainer.Output;

/// <summary>Guards for the output folder, and a one-call write of a finished site.</summary>
public static class OutputWriter
{
    public const string MarkerFile = OutputTransaction.MarkerFile;

    /// <summary>Why the folder may not be used as output, or null when it may.</summary>
    public static string? RefusalReason(string output)
    {
        if (!Directory.Exists(output)) return null;
        if (File.Exists(Path.Combine(output, MarkerFile))) return null;
        try
        {
            if (!Directory.EnumerateFileSystemEntries(output).Any()) return null;
        }
        catch (Exception e) when (OutputFailure.IsFailure(e))
        {
            // Unreadable: the write refuses it with a diagnostic naming the folder, before anything is replaced.
            return null;
        }
        return $"'{output}' is not empty and was not made by this tool (no {MarkerFile} file in it); refusing to replace it";
    }

    public static WriteStats Write(string output, IReadOnlyList<OutputFile> files)
    {
        using var transaction = OutputTransaction.Begin(output);
        foreach (var file in files) transaction.Put(file);
        var stats = transaction.Commit();
        return transaction.Failed ? throw new IOException(string.Join("; ", transaction.Problems)) : stats;
    }

    public static string SafeCombine(string folder, string relativePath) => OutputTransaction.SafeCombine(folder, relativePath);
}
