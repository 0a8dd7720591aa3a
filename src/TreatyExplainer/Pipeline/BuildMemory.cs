namespace TreatyExplainer.Pipeline;

/// <summary>
/// What <c>serve</c> keeps between builds for incremental rebuilds: the last committed build's snapshot. A build takes
/// the snapshot when it starts and puts a new one back only when it commits, so a build that fails or throws part way
/// (and may have left the back buffer half written) leaves none, and the next build is a full one.
/// </summary>
public sealed class BuildMemory
{
    private readonly Lock _lock = new();
    private BuildSnapshot? _last;

    /// <summary>The last snapshot, which stops being valid for anyone else.</summary>
    public BuildSnapshot? Take()
    {
        lock (_lock)
        {
            var last = _last;
            _last = null;
            return last;
        }
    }

    public void Keep(BuildSnapshot snapshot)
    {
        lock (_lock) _last = snapshot;
    }
}
