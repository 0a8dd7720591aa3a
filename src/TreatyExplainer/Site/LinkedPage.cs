namespace TreatyExplainer.Site;

/// <summary>A document's body rendered to HTML with its mentions linked, and what was linked. The Markdown tree is not kept, and the HTML is held as UTF-8, half the size of a string.</summary>
public sealed record LinkedPage(int Entry, byte[] BodyUtf8, IReadOnlyList<Mention> Mentions, int WordCount, string SearchText = "")
{
    public string BodyHtml => System.Text.Encoding.UTF8.GetString(BodyUtf8);

    /// <summary>What the page cites and what its checks found.</summary>
    public PageCitations Citations { get; init; } = PageCitations.None;

    /// <summary>The body's level-2 sections, for the contents list.</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];
}
