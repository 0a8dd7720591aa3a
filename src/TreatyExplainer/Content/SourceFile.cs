namespace TreatyExplainer.Content;

public enum Origin
{
    Input,
    Seeds,
}

/// <summary>A content file as read from disk: its path relative to the root (with '/'), and its text with newlines normalised to '\n'.</summary>
public sealed record SourceFile(string Path, string Text, Origin Origin)
{
    /// <summary>The entry id: the file name without its extension.</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);
}
