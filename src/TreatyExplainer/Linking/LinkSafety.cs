namespace TreatyExplainer.Linking;

/// <summary>Which link targets may reach a reader: http, https, mailto, or a relative address.</summary>
public static class LinkSafety
{
    public static bool IsSafe(string url)
    {
        // Browsers ignore tabs, newlines and leading controls when they read a scheme: "java\tscript:" runs.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return true;
        var scheme = cleaned[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
