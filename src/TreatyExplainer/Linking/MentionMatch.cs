namespace TreatyExplainer.Linking;

/// <summary>A mention of entry <see cref="Entry"/> at characters [Start, Start + Length) of a text.</summary>
public readonly record struct MentionMatch(int Start, int Length, int Entry)
{
    public int End => Start + Length;
}
