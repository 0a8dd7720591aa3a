namespace TreatyExplainer.Linking;

/// <summary>A word, a single CJK character, or a single punctuation mark in a text.</summary>
/// <param name="Key">A case-folded hash of the first and last character and the length, for a cheap pre-filter.</param>
public readonly record struct Token(int Start, int Length, int Key)
{
    public int End => Start + Length;
}
