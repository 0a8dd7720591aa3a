namespace TreatyExplainer.Content;

/// <summary>An entry's names in English, Japanese and Russian, and for places the Latin spelling each side uses.</summary>
public sealed record Names(string? En, string? Ja, string? Ru, string? JaLatin, string? RuLatin)
{
    public static readonly Names None = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>True for a place each side names differently, such as Iturup (Etorofu).</summary>
    public bool HasTwoLatinNames =>
        JaLatin is not null && RuLatin is not null && !string.Equals(JaLatin, RuLatin, StringComparison.Ordinal);
}
