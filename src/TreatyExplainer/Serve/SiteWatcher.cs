namespace TreatyExplainer.Serve;

/// <summary>
/// Watches the content and theme folders; calls back with the saved paths once a burst of saves has settled. A watch
/// dies with its folder, so each folder's parent is watched too: when a folder is moved away, deleted, or comes back
/// (moved back, restored by git, replaced by a copy), its watch is made anew and a build runs.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(15);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, FileSystemWatcher?> _trees = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Timer _timer;
    private HashSet<string> _saved = new(StringComparer.Ordinal);
    private bool _disposed;

    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> changed)
    {
        _timer = new Timer(_ => changed(TakeSaved()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)) _trees[folder] = Watch(folder);
        foreach (var parent in _trees.Keys.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(parent) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
            watcher.Created += (_, e) => FolderMoved(e.FullPath);
            watcher.Deleted += (_, e) => FolderMoved(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                FolderMoved(e.OldFullPath);
                FolderMoved(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _parents.Add(watcher);
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Saved(e.FullPath);
            watcher.Created += (_, e) => Saved(e.FullPath);
            watcher.Deleted += (_, e) => Saved(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saved(e.OldFullPath);
                Saved(e.FullPath);
            };
            // An overflowed or broken watch may have lost saves: watch afresh and rebuild.
            watcher.Error += (_, _) => FolderMoved(folder);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return null; // the folder went away while the watch was made; its parent's watch brings it back
        }
    }

    private void FolderMoved(string path)
    {
        lock (_lock)
        {
            if (_disposed || !_trees.TryGetValue(path, out var old)) return;
            old?.Dispose();
            _trees[path] = Watch(path);
        }
        Saved(path);
    }

    private void Saved(string path)
    {
        lock (_lock)
        {
            if (_disposed) return;
            _saved.Add(path);
            _timer.Change(Settle, Timeout.InfiniteTimeSpan);
        }
    }

    private HashSet<string> TakeSaved()
    {
        lock (_lock)
        {
            var saved = _saved;
            _saved = new HashSet<string>(StringComparer.Ordinal);
            return saved;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var watcher in _trees.Values.Concat(_parents)) watcher?.Dispose();
        }
        _timer.Dispose();
    }
}
