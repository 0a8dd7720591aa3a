using System.Text;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Publishes a theme script without its indentation, blank lines and whole-line <c>//</c> comments: the comments
/// are for editors, and readers download every byte (the up-front budget is 10 KB). Line breaks stay, so automatic
/// semicolon insertion sees what the author wrote. Multi-line template literals would lose their indentation, so a
/// script with one is published as written.
/// </summary>
public static class ScriptCompactor
{
    public static byte[] Compact(byte[] script)
    {
        var text = Encoding.UTF8.GetString(script);
        if (HasMultiLineTemplate(text)) return script;
        var kept = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            kept.Append(trimmed).Append('\n');
        }
        return Encoding.UTF8.GetBytes(kept.ToString());
    }

    /// <summary>A backtick-quoted literal with a line break inside (backticks in comments count too, to be safe).</summary>
    private static bool HasMultiLineTemplate(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '`') open = !open;
            else if (c == '\n' && open) return true;
        }
        return false;
    }
}
