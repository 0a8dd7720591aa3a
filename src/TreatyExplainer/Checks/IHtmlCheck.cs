namespace TreatyExplainer.Checks;

/// <summary>A rule one page must keep, checked on its parsed DOM. Each rule is a file of its own.</summary>
public interface IHtmlCheck
{
    void Check(CheckedPage page, PageReporter report);
}
