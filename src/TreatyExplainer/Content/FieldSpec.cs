namespace TreatyExplainer.Content;

/// <summary>One front-matter key: its type, which kinds take it, which require it, and what it is for.</summary>
public sealed record FieldSpec(
    string Key,
    FieldType Type,
    IReadOnlyList<Kind> Kinds,
    IReadOnlyList<Kind> RequiredFor,
    string Description,
    string Example);
