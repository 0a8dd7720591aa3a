using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Checks;

/// <summary>No two elements of a page share an id, so every #fragment has one target.</summary>
public sealed class UniqueIds : IHtmlCheck
{
    public void Check(CheckedPage page, PageReporter report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in page.Document.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            if (seen.Add(id)) continue;
            var position = element.SourceReference?.Position;
            report.Error(position?.Line ?? 1, position?.Column ?? 1, DiagnosticCodes.DuplicateHtmlId,
                $"id '{id}' is used more than once; rename a heading so its anchor is unique");
        }
    }
}
