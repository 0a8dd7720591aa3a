namespace TreatyExplainer.Linking;

/// <summary>Which link targets may reach a reader: http, https, mailto, or a relative address.</summary>
public static class LinkSafety
{
    public static bool IsSafe(string url)
    {
        // Browsers ignore tabs, newlines and leading controls when they read a scheme: "java\tscript:" runs.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        return SchemeOf(cleaned) is not { } scheme || scheme is "http" or "https" or "mailto";
    }

    /// <summary>
    /// The URL standard's scheme: an ASCII letter, then ASCII letters, digits, '+', '-' or '.', up to the first ':'.
    /// Anything else before the colon ("foo):", "./a:b") makes the address relative, as a browser reads it.
    /// </summary>
    private static string? SchemeOf(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return null;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return url[..i].ToLowerInvariant();
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }
}
