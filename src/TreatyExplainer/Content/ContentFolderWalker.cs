using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Content;

/// <summary>
/// Lists the Markdown files under a content folder. Refuses, each once and by name: links that leave the root,
/// link loops, folder links back into the folder being read, anything that is not a regular file or folder,
/// folders it cannot list, and names that look like Markdown but are not read as such ("x.MD", "x.md ").
/// </summary>
public sealed class ContentFolderWalker(string root, ContentFileSystem disk, Func<string, string> relative, DiagnosticBag diagnostics)
{
    private readonly List<string> _paths = [];

    public List<string> Walk(string folder)
    {
        var full = Path.GetFullPath(folder);
        Collect(full, full, full, [full]);
        return _paths;
    }

    /// <param name="folder">The folder as reached, perhaps through links; file paths are reported this way.</param>
    /// <param name="real">The same folder with every link resolved.</param>
    /// <param name="top">The real content folder being read; a folder link into it, or above it, would read its files twice.</param>
    /// <param name="ancestors">Real paths of the folders above this one; a link to one of them is a loop.</param>
    private void Collect(string folder, string real, string top, HashSet<string> ancestors)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. disk.List(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(folder, DiagnosticCodes.UnreadableFile, $"cannot list this folder: {e.Message}");
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var target = Path.Combine(real, entry.Name);
            if (entry.LinkTarget is not null)
            {
                if (ResolveLink(entry) is not { } resolved) continue;
                target = resolved;
            }
            if (entry is DirectoryInfo)
            {
                if (entry.LinkTarget is not null && (IsInside(target, top) || IsInside(top, target) || ancestors.Contains(target)))
                {
                    Refuse(entry.FullName, DiagnosticCodes.LinkLoop, $"refusing to follow a folder link back into the content it is part of ({entry.LinkTarget}): it would read the same files again");
                    continue;
                }
                Collect(entry.FullName, target, top, [.. ancestors, target]);
            }
            else if (entry.Name.EndsWith(".md", StringComparison.Ordinal)) AddFile(entry.FullName, target);
            else if (LooksLikeMarkdown(entry.Name))
                Refuse(entry.FullName, DiagnosticCodes.IgnoredFileName, $"'{entry.Name}' looks like a Markdown file but is not read: content files end in exactly '.md' (lowercase, nothing after it); rename it");
        }
    }

    private void AddFile(string path, string target)
    {
        if (FileType.IsRegular(target)) _paths.Add(path);
        else Refuse(path, DiagnosticCodes.NotARegularFile, "not a regular file (a pipe, socket or device); content files must be ordinary files, so it was not opened");
    }

    /// <summary>The link's final target inside the root, or null after reporting a link that leaves the root, dangles or loops.</summary>
    private string? ResolveLink(FileSystemInfo entry)
    {
        FileSystemInfo? final;
        try
        {
            final = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            Refuse(entry.FullName, DiagnosticCodes.LinkLoop, $"symbolic link loop: '{entry.LinkTarget}' leads back to itself");
            return null;
        }
        var full = final is { Exists: true } ? Path.GetFullPath(final.FullName) : null;
        if (full is null || !IsInside(full, root))
        {
            Refuse(entry.FullName, DiagnosticCodes.UnsafeSymlink, $"refusing to follow a symbolic link that points outside the project: {entry.LinkTarget}");
            return null;
        }
        return full;
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>"x.MD", "x.md " or "x.Markdown": meant as a page, but a build on Linux would skip it without a word.</summary>
    private static bool LooksLikeMarkdown(string name)
    {
        var trimmed = name.Trim().ToLowerInvariant();
        return trimmed.EndsWith(".md", StringComparison.Ordinal) || trimmed.EndsWith(".markdown", StringComparison.Ordinal);
    }

    private void Refuse(string fullPath, string code, string message) =>
        diagnostics.Add(Diagnostic.Error(relative(fullPath), 1, 1, code, message));
}
