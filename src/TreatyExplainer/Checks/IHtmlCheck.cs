namespace TreatyExplainer.Checks;

/// <summary>One rule the rendered site must keep. Each rule is a file of its own.</summary>
public interface IHtmlCheck
{
    void Check(CheckedPage page, SiteFiles site, PageReporter report);
}
