namespace TreatyExplainer.Content;

/// <summary>What a reference entry says about the work it describes: enough to find and judge the document.</summary>
public sealed record ReferenceMeta
{
    /// <summary>One of <see cref="FrontMatterSchema.ReferenceTypes"/>; news digests in seeds/ count as "news".</summary>
    public required string Type { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    /// <summary>Null only for an undated web page, which is then identified by its address and access date.</summary>
    public PartialDate? Published { get; init; }
    public string? Url { get; init; }
    public string? ArchiveUrl { get; init; }
    public DateOnly? Accessed { get; init; }
    public string? Language { get; init; }

    /// <summary>Whose position the work states (japan, russia, soviet-union, third-party); empty when it speaks for no side.</summary>
    public IReadOnlyList<string> Sides { get; init; } = [];

    public bool IsOfficial => Type is "official-statement" or "official-record";
}
