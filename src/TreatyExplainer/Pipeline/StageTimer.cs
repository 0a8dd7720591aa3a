using System.Diagnostics;
using System.Globalization;

namespace TreatyExplainer.Pipeline;

/// <summary>Measures each stage of a build; printed to stderr when TREATYEXPLAINER_TIMINGS=1, for profiling.</summary>
public sealed class StageTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, double Ms)> _stages = [];
    private double _last;

    public void Mark(string stage)
    {
        var now = _clock.Elapsed.TotalMilliseconds;
        _stages.Add((stage, now - _last));
        _last = now;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public string Report() =>
        string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Ms:F0} ms")));
}
