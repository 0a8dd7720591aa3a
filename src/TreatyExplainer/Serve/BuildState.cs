namespace TreatyExplainer.Serve;

/// <summary>The outcome of the latest build: a version number, and the error lines if it failed.</summary>
public sealed record BuildState(int Version, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
