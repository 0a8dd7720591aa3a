namespace TreatyExplainer.Output;

/// <summary>Where a build's files go as they are made. Implementations are safe to call from several threads.</summary>
public interface IOutputSink
{
    void Put(OutputFile file);
}

/// <summary>Keeps every file in memory, for tests and tools that read the site without writing it.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentBag<OutputFile> _files = [];

    public void Put(OutputFile file) => _files.Add(file);

    public IReadOnlyList<OutputFile> Files =>
        [.. _files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
}

/// <summary>Discards everything: <c>check</c> builds the site only to find its problems.</summary>
public sealed class NullSink : IOutputSink
{
    public void Put(OutputFile file)
    {
    }
}
