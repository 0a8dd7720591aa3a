namespace TreatyExplainer.Content;

/// <summary>Reads a content file again when a diagnostic needs to point into it; the build does not keep every text in memory.</summary>
public sealed class SourceText(string root)
{
    public Func<string?> Lazy(string relativePath) => () => Read(relativePath);

    public string? Read(string relativePath)
    {
        try
        {
            return ContentReader.NormalizeNewlines(File.ReadAllText(Path.Combine(root, relativePath)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
