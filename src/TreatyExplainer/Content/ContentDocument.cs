namespace TreatyExplainer.Content;

/// <summary>A content file with validated front matter and its Markdown body, not yet parsed.</summary>
public sealed record ContentDocument(SourceFile File, FrontMatter FrontMatter, string Body, int BodyLine)
{
    public string Id => File.Id;

    public Kind Kind => FrontMatter.Kind;

    public string Title => FrontMatter.Title;
}
