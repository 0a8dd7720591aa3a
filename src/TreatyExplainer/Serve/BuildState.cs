namespace TreatyExplainer.Serve;

/// <summary>The outcome of the latest build: a version number, and the error lines if it failed.</summary>
public sealed record BuildState(int Version, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>When only theme stylesheets changed, their new hashed hrefs: open pages swap them in without reloading.</summary>
    public IReadOnlyList<string> Stylesheets { get; init; } = [];
}
