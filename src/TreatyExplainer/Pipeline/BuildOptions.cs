namespace TreatyExplainer.Pipeline;

/// <summary>Where a build reads and writes. Paths are absolute once resolved by <see cref="Resolve"/>.</summary>
public sealed record BuildOptions
{
    public required string Root { get; init; }
    public required string Input { get; init; }
    public required string Seeds { get; init; }
    public required string Theme { get; init; }
    public required string Output { get; init; }
    public string BaseUrl { get; init; } = "/";

    /// <summary>Take "Last updated" dates from git history; off for snapshot tests, whose dates must not move with each commit.</summary>
    public bool GitDates { get; init; } = true;

    /// <summary>Link mentions automatically. Off only for benchmarks that compare like for like with generators that cannot.</summary>
    public bool AutoLink { get; init; } = true;

    /// <summary>For <c>--strict</c>: warnings fail the build unless this baseline accepts them; null lets warnings pass.</summary>
    public Diagnostics.WarningBaseline? Strict { get; init; }

    /// <summary>The date freshness is judged against; null takes SOURCE_DATE_EPOCH, else the clock (see <see cref="BuildDate"/>).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Results of checking unchanged pages, kept between builds by <c>serve</c>; null for a one-off build.</summary>
    public Checks.CheckCache? CheckCache { get; init; }

    /// <summary>
    /// Check every page on AngleSharp's DOM, skipping the scanner's fast path (<see cref="Checks.MarkupScanner"/>): the
    /// reference the tests hold the fast path to. The diagnostics are the same either way.
    /// </summary>
    public bool ParseEveryPage { get; init; }

    /// <summary>
    /// Collect the capitalised names that have no entry, for <c>report</c>'s candidate entries. A build writes nothing
    /// from them, so it skips the second pass of the name matcher over every paragraph that collecting costs.
    /// </summary>
    public bool CandidateNames { get; init; }

    /// <summary>Pages rendered by earlier builds, kept by <c>serve</c>; null for a one-off build.</summary>
    public Rendering.RenderCache? RenderCache { get; init; }

    /// <summary>Documents parsed and linked by earlier builds, kept by <c>serve</c>; null for a one-off build.</summary>
    public ContentCache? ContentCache { get; init; }

    /// <summary>The last committed build, kept by <c>serve</c> so a save rebuilds only what it touches; null for a one-off build.</summary>
    public BuildMemory? Memory { get; init; }

    /// <summary>The full paths saved since the last build, as the watcher saw them; null when unknown, which means a full build.</summary>
    public IReadOnlyCollection<string>? Saved { get; init; }

    /// <summary>Options with every folder defaulting to its name under the root.</summary>
    public static BuildOptions Resolve(string root, string? input = null, string? seeds = null, string? theme = null, string? output = null, string baseUrl = "/")
    {
        var fullRoot = Path.GetFullPath(root);
        string Under(string? given, string name) => Path.GetFullPath(given ?? Path.Combine(fullRoot, name));
        return new BuildOptions
        {
            Root = fullRoot,
            Input = Under(input, "input"),
            Seeds = Under(seeds, "seeds"),
            Theme = Under(theme, "theme"),
            Output = Under(output, "output"),
            BaseUrl = baseUrl,
        };
    }
}
