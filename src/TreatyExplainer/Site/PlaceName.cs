namespace TreatyExplainer.Site;

/// <summary>A disputed place each side names differently: "Iturup" in Russia's usage, "Etorofu" in Japan's.</summary>
public sealed record PlaceName(int Entry, string Russian, string Japanese)
{
    /// <summary>The form a reader sees by default, and with JavaScript off: "Iturup (Etorofu)".</summary>
    public string Both => $"{Russian} ({Japanese})";

    /// <summary>The forms a text may name the place by and the reader's choice replaces: either name, or either pair.</summary>
    public bool IsNamingForm(string words) =>
        words == Russian || words == Japanese || words == Both || words == $"{Japanese} ({Russian})";
}
