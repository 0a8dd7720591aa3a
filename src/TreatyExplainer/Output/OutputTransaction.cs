using System.Collections.Concurrent;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Output;

/// <summary>
/// One build's write. Files go into the back buffer beside output/ (<c>.output.back</c>, the generation before
/// last) as they are made, skipping any whose bytes are already there; <see cref="Commit"/> removes what the new
/// site no longer has and exchanges the back buffer with output/ in one step. Without a commit output/ is never
/// touched, so a build with errors, or a killed one, leaves the last good site in place. An exclusive lock keeps
/// two builds (say <c>serve</c> and <c>build</c>) from sharing the back buffer. A read or write the machine refuses
/// (full disk, read-only folder, no permission) becomes a diagnostic in <see cref="Problems"/>, stops further
/// writes, and cancels the commit.
/// </summary>
public sealed class OutputTransaction : IOutputSink, IDisposable
{
    public const string MarkerFile = ".treatyexplainer-output";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    // How .NET reports a lock another process holds: EWOULDBLOCK on Unix, a sharing violation on Windows.
    private const int LockHeldUnix = 11;
    private const int LockHeldWindows = unchecked((int)0x80070020);

    private readonly string _output;
    private readonly string _back;
    private readonly Func<string, string> _relative;
    private readonly ConcurrentDictionary<string, byte> _wanted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Diagnostic> _problems = new();
    private FileStream? _lock;
    private int _written;

    private OutputTransaction(string output, string back, Func<string, string> relative)
    {
        _output = output;
        _back = back;
        _relative = relative;
    }

    /// <summary>Failures to read or write, each naming its path as <paramref name="relative"/> given to <see cref="Begin"/> shows it.</summary>
    public IReadOnlyList<Diagnostic> Problems => [.. _problems];

    public bool Failed => !_problems.IsEmpty;

    /// <param name="output">The output folder.</param>
    /// <param name="relative">How diagnostics show a full path (relative to the project root, say).</param>
    public static OutputTransaction Begin(string output, Func<string, string>? relative = null)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var back = BackOf(output);
        var transaction = new OutputTransaction(output, back, relative ?? (p => p));
        var lockPath = Path.Combine(parent, $".{name}.lock");
        transaction.Try(lockPath, reading: false, () =>
        {
            Directory.CreateDirectory(parent);
            if (RealPaths.KindOf(lockPath) == RealPaths.EntryKind.Link) RealPaths.Remove(lockPath);
            transaction._lock = Lock(lockPath);
        });
        transaction.Try(output, reading: true, () =>
        {
            // Enumerating proves output/ readable; a folder we cannot read we cannot vouch for, so we never replace it.
            if (!Directory.Exists(output)) return;
            _ = Directory.EnumerateFileSystemEntries(output).Any();
            if (!FolderAccess.MayWrite(output)) transaction._problems.Enqueue(OutputFailure.ReadOnlyFolder(transaction._relative(output)));
        });
        transaction.Try(back, reading: false, () => transaction.PrepareBack());
        return transaction;
    }

    /// <summary>The back buffer beside an output folder: after a commit, it holds the generation before the current one.</summary>
    public static string BackOf(string output)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.back");
    }

    public void Put(OutputFile file)
    {
        var path = SafeCombine(_back, file.RelativePath);
        if (!_wanted.TryAdd(path, 0)) throw new InvalidOperationException($"two files of the build are both '{file.RelativePath}'");
        Try(path, reading: false, () =>
        {
            // Every folder on the way is made real (links removed), so the file lands inside the back buffer, links resolved.
            EnsureFolder(Path.GetDirectoryName(path)!);
            if (RealPaths.HoldsBytes(path, file.Bytes)) return;
            RealPaths.WriteNew(path, file.Bytes);
            Interlocked.Increment(ref _written);
        });
    }

    /// <summary>
    /// Makes each folder on the way real once per build, from the back buffer down (<see cref="RealPaths.MakeFolder"/>). Threads writing into
    /// different folders do not wait for each other; one that needs a folder another is making waits for that folder.
    /// </summary>
    private void EnsureFolder(string folder)
    {
        if (folder == _back) return;
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() =>
        {
            EnsureFolder(RealPaths.ParentInside(_back, f));
            RealPaths.MakeFolder(f);
            return true;
        })).Value;
    }

    /// <summary>
    /// Keeps a file the caller knows the back buffer already holds with the right bytes (<c>serve</c> knows which pages
    /// have not changed for two builds), without reading it.
    /// </summary>
    public void Keep(string relativePath)
    {
        if (!_wanted.TryAdd(SafeCombine(_back, relativePath), 0)) throw new InvalidOperationException($"two files of the build are both '{relativePath}'");
    }

    /// <summary>Removes files the new site lacks and any link, then swaps the back buffer in as output/. After a failure it only cleans up.</summary>
    /// <param name="inBack">The files the back buffer holds, when the caller knows them: only those are looked at, instead of every file in it.</param>
    public WriteStats Commit(IEnumerable<string>? inBack = null)
    {
        var deleted = 0;
        Try(_back, reading: false, () => deleted = inBack is null ? RealPaths.Prune(_back, _wanted.ContainsKey) : RemoveStale(inBack));
        Try(_output, reading: false, () => AtomicSwap.Replace(_back, _output));
        if (Failed)
        {
            Discard();
            return default;
        }
        return new WriteStats(_written, _wanted.Count - 1 - _written, deleted);
    }

    public void Dispose() => _lock?.Dispose();

    private int RemoveStale(IEnumerable<string> inBack)
    {
        var removed = 0;
        foreach (var path in inBack.Select(p => SafeCombine(_back, p)).Where(p => !_wanted.ContainsKey(p)))
        {
            if (!File.Exists(path)) continue;
            File.Delete(path);
            removed++;
            // A page that went leaves its folder empty; a full build's prune would remove it too.
            for (var folder = Path.GetDirectoryName(path)!; folder != _back && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
        }
        return removed;
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

    private void PrepareBack()
    {
        // A link in place of the back buffer, or a back buffer without our marker, goes; what a link points to stays.
        if (RealPaths.KindOf(_back) == RealPaths.EntryKind.Link || (Directory.Exists(_back) && RealPaths.KindOf(Path.Combine(_back, MarkerFile)) != RealPaths.EntryKind.File))
            RealPaths.Remove(_back);
        Directory.CreateDirectory(_back);
        if (!FolderAccess.MayWrite(_back)) _problems.Enqueue(OutputFailure.ReadOnlyFolder(_relative(_back)));
        var marker = Path.Combine(_back, MarkerFile);
        RealPaths.WriteNew(marker, "Made by TreatyExplainer; rewritten on every build.\n"u8.ToArray());
        _wanted.TryAdd(marker, 0);
    }

    /// <summary>Runs one step unless an earlier one failed; a refused read or write becomes a diagnostic naming the path.</summary>
    private void Try(string path, bool reading, Action step)
    {
        if (Failed) return;
        try
        {
            step();
        }
        catch (Exception e) when (OutputFailure.IsFailure(e))
        {
            _problems.Enqueue(OutputFailure.ToDiagnostic(e, _relative(path), reading));
        }
    }

    /// <summary>After a failure the back buffer is only a cost (on a full disk, the space the user needs back): remove it if we can.</summary>
    private void Discard()
    {
        try
        {
            if (Directory.Exists(_back) && RealPaths.KindOf(Path.Combine(_back, MarkerFile)) == RealPaths.EntryKind.File) RealPaths.Remove(_back);
        }
        catch (Exception e) when (OutputFailure.IsFailure(e))
        {
            // Read-only or unreadable: the diagnostic already says why, and the next build repairs a stale buffer.
        }
    }

    /// <summary>An exclusive lock held for the length of a write; the kernel releases it if the process dies. Waits only while another build holds it.</summary>
    private static FileStream Lock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e.HResult is LockHeldUnix or LockHeldWindows && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}

/// <summary>What a write did: files written, files left as they were, files removed.</summary>
public readonly record struct WriteStats(int Written, int Unchanged, int Deleted);
