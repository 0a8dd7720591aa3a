namespace TreatyExplainer.Output;

/// <summary>
/// File operations for folders the build owns that never follow a symbolic link: a link is an entry to remove,
/// never a way in. Anyone may plant a link in output/ or its back buffer; following one would let a build delete
/// or overwrite files outside them.
/// </summary>
public static class RealPaths
{
    public enum EntryKind
    {
        Missing,
        Link,
        Folder,
        File,
    }

    /// <summary>What is at the path itself, without following a link there.</summary>
    public static EntryKind KindOf(string path)
    {
        // FileInfo answers -1 for a missing path where File.GetAttributes throws: a first build asks this of every
        // folder and file it writes, and at 10,000 pages the exceptions were a tenth of the build's time.
        var attributes = new FileInfo(path).Attributes;
        if ((int)attributes == -1) return EntryKind.Missing;
        if ((attributes & FileAttributes.ReparsePoint) != 0) return EntryKind.Link;
        return (attributes & FileAttributes.Directory) != 0 ? EntryKind.Folder : EntryKind.File;
    }

    /// <summary>Removes whatever is at the path: a link itself (never its target), a file, or a folder and all it holds.</summary>
    public static void Remove(string path)
    {
        switch (KindOf(path))
        {
            case EntryKind.Folder:
                foreach (var child in Directory.EnumerateFileSystemEntries(path)) Remove(child);
                Directory.Delete(path);
                break;
            case EntryKind.Link or EntryKind.File:
                // unlink(2): on a link to a folder it removes the link and leaves the folder alone.
                File.Delete(path);
                break;
        }
    }

    /// <summary>The folder's parent, which must be the root or inside it.</summary>
    public static string ParentInside(string root, string folder)
    {
        var parent = Path.GetDirectoryName(folder)!;
        return parent.StartsWith(root, StringComparison.Ordinal) ? parent : throw new InvalidOperationException($"'{folder}' is not inside '{root}'");
    }

    /// <summary>
    /// Makes this one level a real folder, replacing a link or file there; its parent must be a real folder already.
    /// Done for every level from the root down, the path then resolves to itself, inside the root.
    /// </summary>
    public static void MakeFolder(string folder)
    {
        var kind = KindOf(folder);
        if (kind is EntryKind.Link or EntryKind.File) Remove(folder);
        if (kind != EntryKind.Folder) Directory.CreateDirectory(folder);
    }

    /// <summary>
    /// Writes a new file in place of whatever is at the path. Removing first and creating with O_EXCL means a link
    /// or a hard link planted there is replaced, not written through.
    /// </summary>
    public static void WriteNew(string path, byte[] bytes)
    {
        if (KindOf(path) != EntryKind.Missing) Remove(path);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
    }

    /// <summary>True when the path is a regular file (not a link) holding exactly these bytes.</summary>
    public static bool HoldsBytes(string path, byte[] bytes)
    {
        if (KindOf(path) != EntryKind.File) return false;
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>
    /// Removes every file under the folder that <paramref name="keep"/> rejects, every link, and every folder left
    /// empty, without entering a linked folder. Returns how many files and links it removed.
    /// </summary>
    public static int Prune(string folder, Func<string, bool> keep)
    {
        var removed = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).ToList())
        {
            switch (KindOf(entry))
            {
                case EntryKind.Folder:
                    removed += Prune(entry, keep);
                    if (!Directory.EnumerateFileSystemEntries(entry).Any()) Directory.Delete(entry);
                    break;
                case EntryKind.Link:
                    File.Delete(entry);
                    removed++;
                    break;
                case EntryKind.File when !keep(entry):
                    File.Delete(entry);
                    removed++;
                    break;
            }
        }
        return removed;
    }
}
