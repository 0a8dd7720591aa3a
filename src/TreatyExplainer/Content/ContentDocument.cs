namespace TreatyExplainer.Content;

/// <summary>
/// A content file's identity and validated front matter. The Markdown body travels separately
/// (<see cref="ParsedDocument"/>) and is dropped once linked, so a large site does not keep every text in memory.
/// </summary>
public sealed record ContentDocument(string Path, Origin Origin, FrontMatter FrontMatter, int BodyLine)
{
    /// <summary>The entry id: the file name without its extension.</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);

    public Kind Kind => FrontMatter.Kind;

    public string Title => FrontMatter.Title;
}

/// <summary>A document and its Markdown body, as the parse stage hands them to the link stage.</summary>
public sealed record ParsedDocument(ContentDocument Document, string Body);
