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
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
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
        var exclusive = Lock(Path.Combine(parent, $".{name}.lock"));
        var back = Path.Combine(parent, $".{name}.back");
        if (Directory.Exists(back) && !File.Exists(Path.Combine(back, MarkerFile)))
            Directory.Delete(back, recursive: true);
        Directory.CreateDirectory(back);
        File.WriteAllText(Path.Combine(back, MarkerFile), "Made by TreatyExplainer; rewritten on every build.\n");
        var transaction = new OutputTransaction(output, back, exclusive);
        transaction._wanted.TryAdd(Path.Combine(back, MarkerFile), 0);
        return transaction;
    }

    public void Put(OutputFile file)
    {
        var path = SafeCombine(_back, file.RelativePath);
        if (!_wanted.TryAdd(path, 0)) throw new InvalidOperationException($"two files of the build are both '{file.RelativePath}'");
        if (HasBytes(path, file.Bytes)) return;
        var directory = Path.GetDirectoryName(path)!;
        if (_folders.TryAdd(directory, 0)) Directory.CreateDirectory(directory);
        File.WriteAllBytes(path, file.Bytes);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Removes files the new site lacks, then swaps the back buffer in as output/.</summary>
    public WriteStats Commit()
    {
        var deleted = 0;
        foreach (var stale in Directory.EnumerateFiles(_back, "*", SearchOption.AllDirectories).Where(p => !_wanted.ContainsKey(p)).ToList())
        {
            File.Delete(stale);
            deleted++;
        }
        RemoveEmptyFolders(_back);
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

    private static bool HasBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void RemoveEmptyFolders(string folder)
    {
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any()) Directory.Delete(child);
        }
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
