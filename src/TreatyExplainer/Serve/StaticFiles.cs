namespace TreatyExplainer.Serve;

/// <summary>Maps request paths to files in output/, as Netlify does: folders serve their index.html.</summary>
public static class StaticFiles
{
    /// <summary>The file for a request path, or null when the path could reach outside the folder.</summary>
    public static string? Resolve(string folder, string requestPath)
    {
        var path = Uri.UnescapeDataString(requestPath);
        if (path.Contains('\0') || path.Contains('\\') || path.Split('/').Any(s => s is "." or "..")) return null;
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }

    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
