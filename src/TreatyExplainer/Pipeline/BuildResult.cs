using TreatyExplainer.Diagnostics;
using TreatyExplainer.Output;

namespace TreatyExplainer.Pipeline;

/// <summary>What a build found and made. <see cref="Files"/> is the whole site, written or not.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, int Pages, int Links, TimeSpan Elapsed)
{
    /// <summary>What writing did, when the build wrote.</summary>
    public WriteStats Written { get; init; }

    /// <summary>How long each stage took, for <c>TREATYEXPLAINER_TIMINGS=1</c>.</summary>
    public string Timings { get; init; } = "";

    /// <summary>The site model the build made, for <c>report</c>; null when the build stopped before modelling.</summary>
    public Site.SiteModel? Model { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public string? Text(string relativePath) =>
        Files.FirstOrDefault(f => f.RelativePath == relativePath) is { } file ? System.Text.Encoding.UTF8.GetString(file.Bytes) : null;
}
