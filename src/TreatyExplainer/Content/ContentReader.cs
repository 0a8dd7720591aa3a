using System.Text;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Content;

/// <summary>
/// Reads the Markdown files under a folder in ordinal path order. Refuses what could hurt the build: whatever
/// <see cref="ContentFolderWalker"/> refuses, files too big to be real pages, unreadable files, binary or non-UTF-8 bytes.
/// </summary>
public sealed class ContentReader(string root, ContentFileSystem? disk = null)
{
    /// <summary>Larger than any real page by two orders of magnitude; a bigger file is a mistake or an attack.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _root = Path.GetFullPath(root);
    private readonly ContentFileSystem _disk = disk ?? ContentFileSystem.Real;

    public IReadOnlyList<SourceFile> ReadMarkdown(string folder, Origin origin, DiagnosticBag diagnostics)
    {
        var paths = new ContentFolderWalker(_root, _disk, Relative, diagnostics).Walk(folder);
        paths.Sort(StringComparer.Ordinal);

        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = Read(paths[i], origin, diagnostics));
        return files.OfType<SourceFile>().ToList();
    }

    /// <summary>The path relative to the root with '/' separators. Only on Windows is '\\' a separator; elsewhere it is part of a name.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath);
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    /// <summary>One file, with the same checks as <see cref="ReadMarkdown"/>; <c>serve</c> reads only the files saved since its last build.</summary>
    internal SourceFile? Read(string fullPath, Origin origin, DiagnosticBag diagnostics)
    {
        var path = Relative(fullPath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.FileTooLarge,
                    $"file is {length / 1024} KiB; content files may be at most {MaxFileBytes / 1024} KiB"));
                return null;
            }
            // An empty file needs no reading, and whatever FileType cannot tell from a regular file (a pipe on another
            // system) looks empty too: never opening it means it can never block the build.
            bytes = length == 0 ? [] : _disk.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.UnreadableFile, $"cannot read this file: {e.Message}"));
            return null;
        }
        if (Decode(bytes, path) is { } problem)
        {
            diagnostics.Add(problem);
            return null;
        }
        var text = StrictUtf8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.EmptyFile, "file is empty: it needs front matter with 'title' and 'kind'"));
            return null;
        }
        return new SourceFile(path, NormalizeNewlines(text), origin);
    }

    /// <summary>Finds NUL bytes or invalid UTF-8 and says where, counting lines as an editor would.</summary>
    private static Diagnostic? Decode(byte[] bytes, string path)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        var valid = Utf8ValidPrefix(bytes);
        if (nul >= 0 && nul <= valid)
        {
            var (line, column) = Locate(bytes, nul);
            return Diagnostic.Error(path, line, column, DiagnosticCodes.BinaryFile, "file contains a NUL byte: it is binary, not Markdown");
        }
        if (valid < bytes.Length)
        {
            var (line, column) = Locate(bytes, valid);
            return Diagnostic.Error(path, line, column, DiagnosticCodes.InvalidUtf8, "file is not valid UTF-8 here; save it as UTF-8");
        }
        return null;
    }

    private static int Utf8ValidPrefix(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static (int Line, int Column) Locate(byte[] bytes, int offset)
    {
        var prefix = Encoding.UTF8.GetString(bytes, 0, offset);
        var normalized = NormalizeNewlines(prefix);
        var lastNewline = normalized.LastIndexOf('\n');
        var line = normalized.Count(c => c == '\n') + 1;
        return (line, normalized.Length - lastNewline);
    }

    /// <summary>CRLF and lone CR become LF, so every later stage counts lines the same way.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
