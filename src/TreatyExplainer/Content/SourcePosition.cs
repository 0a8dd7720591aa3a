namespace TreatyExplainer.Content;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);
}

/// <summary>A value from front matter together with where it was written, for diagnostics.</summary>
public readonly record struct Located<T>(T Value, SourcePosition Position);
