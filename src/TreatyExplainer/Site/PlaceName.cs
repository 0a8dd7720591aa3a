namespace TreatyExplainer.Site;

/// <summary>A disputed place each side names differently: "Iturup" in Russia's usage, "Etorofu" in Japan's.</summary>
public sealed record PlaceName(int Entry, string Russian, string Japanese)
{
    /// <summary>The form a reader sees by default, and with JavaScript off: "Iturup (Etorofu)".</summary>
    public string Both => $"{Russian} ({Japanese})";

    /// <summary>
    /// How plain text (snippets, search text) carries a place the linker renamed: the both-names form with no-break
    /// spaces, so a snippet is never cut inside it and renderers can show it in the reader's choice again. A pair an
    /// author wrote inside a quotation has ordinary spaces and stays as written.
    /// </summary>
    public string InPlainText => Both.Replace(' ', '\u00A0');

    /// <summary>The forms a text may name the place by and the reader's choice replaces: either name, or either pair.</summary>
    public bool IsNamingForm(string words) =>
        words == Russian || words == Japanese || words == Both || words == $"{Japanese} ({Russian})";
}
