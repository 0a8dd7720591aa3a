using System.Collections.Concurrent;

namespace TreatyExplainer.Output;

/// <summary>
/// One build's write. Files go into the back buffer beside output/ (<c>.output.back</c>, the generation before
/// last) as they are made, skipping any whose bytes are already there; <see cref="Commit"/> removes what the new
/// site no longer has and exchanges the back buffer with output/ in one step. Without a commit output/ is never
/// touched, so a build with errors, or a killed one, leaves the last good site in place. An exclusive lock keeps
/// two builds (say <c>serve</c> and <c>build</c>) from sharing the back buffer.
/// </summary>
public sealed class OutputTransaction : IOutputSink, IDisposable
{
    public const string MarkerFile = ".treatyexplainer-output";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private readonly string _output;
    private readonly string _back;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, byte> _wanted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private int _written;

    private OutputTransaction(string output, string back, FileStream exclusive)
    {
        _output = output;
        _back = back;
        _lock = exclusive;
    }

    public static OutputTransaction Begin(string output)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var lockPath = Path.Combine(parent, $".{name}.lock");
        if (RealPaths.KindOf(lockPath) == RealPaths.EntryKind.Link) RealPaths.Remove(lockPath);
        var exclusive = Lock(lockPath);
        var back = Path.Combine(parent, $".{name}.back");
        // A link in place of the back buffer, or a back buffer without our marker, goes; what a link points to stays.
        if (RealPaths.KindOf(back) == RealPaths.EntryKind.Link || (Directory.Exists(back) && RealPaths.KindOf(Path.Combine(back, MarkerFile)) != RealPaths.EntryKind.File))
            RealPaths.Remove(back);
        Directory.CreateDirectory(back);
        var transaction = new OutputTransaction(output, back, exclusive);
        var marker = Path.Combine(back, MarkerFile);
        RealPaths.WriteNew(marker, "Made by TreatyExplainer; rewritten on every build.\n"u8.ToArray());
        transaction._wanted.TryAdd(marker, 0);
        return transaction;
    }

    public void Put(OutputFile file)
    {
        var path = SafeCombine(_back, file.RelativePath);
        if (!_wanted.TryAdd(path, 0)) throw new InvalidOperationException($"two files of the build are both '{file.RelativePath}'");
        // Every folder on the way is made real (links removed), so the file lands inside the back buffer, links resolved.
        lock (_folders) RealPaths.EnsureFolder(_back, Path.GetDirectoryName(path)!, _folders);
        if (RealPaths.HoldsBytes(path, file.Bytes)) return;
        RealPaths.WriteNew(path, file.Bytes);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Removes files the new site lacks and any link, then swaps the back buffer in as output/.</summary>
    public WriteStats Commit()
    {
        var deleted = RealPaths.Prune(_back, _wanted.ContainsKey);
        AtomicSwap.Replace(_back, _output);
        return new WriteStats(_written, _wanted.Count - 1 - _written, deleted);
    }

    public void Dispose() => _lock.Dispose();

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

    /// <summary>An exclusive lock held for the length of a write; the kernel releases it if the process dies.</summary>
    private static FileStream Lock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}

/// <summary>What a write did: files written, files left as they were, files removed.</summary>
public readonly record struct WriteStats(int Written, int Unchanged, int Deleted);
