namespace TreatyExplainer.Serve;

/// <summary>Maps request paths to files in output/, as Netlify does: folders serve their index.html.</summary>
public static class StaticFiles
{
    /// <summary>Files the host reads as configuration and never sends: Netlify's own, and the generator's output marker.</summary>
    private static readonly HashSet<string> HostFiles = new(["_redirects", "_headers"], StringComparer.Ordinal);

    /// <summary>The file for a request path, or null when the path could reach outside the folder or names a host file.</summary>
    public static string? Resolve(string folder, string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath);
        if (path.Contains('\0') || path.Contains('\\') || path.Split('/').Any(s => s is "." or ".." || s.StartsWith('.') || HostFiles.Contains(s))) return null;
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }

    /// <summary>A folder asked for without its trailing slash: Netlify answers 301 to the slashed URL, so relative links resolve inside it.</summary>
    public static bool NeedsTrailingSlash(string requestPath, string resolved) =>
        !requestPath.EndsWith('/') && Path.GetFileName(resolved) == "index.html" && !requestPath.EndsWith("/index.html", StringComparison.Ordinal);

    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" or ".map" => "application/json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".pdf" => "application/pdf",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
