namespace TreatyExplainer.Content;

/// <summary>A file's validated front matter.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required Kind Kind { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<Alias> Aliases { get; init; } = [];
    public Names Names { get; init; } = Names.None;
    public DateOnly? Date { get; init; }
    public DateOnly? InForce { get; init; }
    public DateOnly? EndDate { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public bool Disputed { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public IReadOnlyList<Located<string>> Sources { get; init; } = [];
    public string? Outlet { get; init; }
    public string? Via { get; init; }
    public DateOnly? Published { get; init; }
    public string? Headline { get; init; }
    public string? Url { get; init; }
    public string Layout { get; init; } = "page";
    public IReadOnlyList<Located<string>> RedirectFrom { get; init; } = [];
    public DateOnly? Updated { get; init; }

    /// <summary>When an editor last checked the page against its references.</summary>
    public Located<DateOnly>? Reviewed { get; init; }

    /// <summary>The reference a timeline item cites for a treaty or event.</summary>
    public Located<string>? PrimaryReference { get; init; }

    /// <summary>The bibliographic fields of a <c>reference</c>; null for every other kind.</summary>
    public ReferenceMeta? Reference { get; init; }

    /// <summary>An island's area, with the year of the figure and its source.</summary>
    public SourcedFigure? Area { get; init; }

    /// <summary>An island's population, with the day it was counted and its source.</summary>
    public SourcedFigure? Population { get; init; }

    public string? AdministeredBy { get; init; }
    public string? ClaimedBy { get; init; }

    /// <summary>The states or leaders that signed a treaty, as the page names them.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>The reference (of type treaty-text) that gives a treaty's text.</summary>
    public Located<string>? TreatyText { get; init; }

    /// <summary>Where the title was written, for diagnostics about the title as a name.</summary>
    public SourcePosition TitlePosition { get; init; } = SourcePosition.Start;
}
