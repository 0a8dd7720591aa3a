using TreatyExplainer.Content;

namespace TreatyExplainer.Site;

/// <summary>Anything a link can point at: a glossary entry, a source document or a page, with its URL path.</summary>
public sealed record Entry(int Index, ContentDocument Document, string Path)
{
    public string Id => Document.Id;

    public Kind Kind => Document.Kind;

    public string Title => Document.Title;

    public FrontMatter Meta => Document.FrontMatter;
}
