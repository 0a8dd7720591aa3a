using Markdig.Syntax;
using TreatyExplainer.Linking;

namespace TreatyExplainer.Citations;

/// <summary>
/// The "## Japan's position" and "## Russia's position" sections of island and treaty pages, and the sides a
/// reference must speak for to support each. A heading starting "Japan" names Japan's; one starting "Russia" or
/// "Soviet" names Russia's (or the Soviet Union's); either must contain the word "position".
/// </summary>
public static class PositionSections
{
    /// <summary>The sides that may support the section a level-2 heading opens, or null when it opens no position section.</summary>
    public static (string Name, string[] Sides)? Of(HeadingBlock heading)
    {
        if (heading.Level != 2 || heading.Inline is null) return null;
        return OfTitle(PlainText.Of(heading.Inline).Trim());
    }

    /// <summary>The same, from a level-2 heading's text.</summary>
    public static (string Name, string[] Sides)? OfTitle(string text)
    {
        if (!text.Contains("position", StringComparison.OrdinalIgnoreCase)) return null;
        if (text.StartsWith("Japan", StringComparison.Ordinal)) return ("Japan's", ["japan"]);
        if (text.StartsWith("Russia", StringComparison.Ordinal) || text.StartsWith("Soviet", StringComparison.Ordinal))
            return ("Russia's", ["russia", "soviet-union"]);
        return null;
    }
}
