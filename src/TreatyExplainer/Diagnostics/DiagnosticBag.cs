namespace TreatyExplainer.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; read them back sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            var copy = _items.Distinct().ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }
}
