namespace TreatyExplainer.Content;

/// <summary>An entry's names in English, Japanese and Russian, and for places the Latin spelling each side uses.</summary>
public sealed record Names(string? En, string? Ja, string? Ru, string? JaLatin, string? RuLatin)
{
    public static readonly Names None = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>The place as both sides' readers know it: Russian name first, Japanese in brackets, "Iturup (Etorofu)".</summary>
    public string BothLatin => $"{RuLatin} ({JaLatin})";
}
