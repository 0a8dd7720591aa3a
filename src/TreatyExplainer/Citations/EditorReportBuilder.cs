using TreatyExplainer.Content;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>Builds the editor's report from the site model: nothing is re-read, everything comes from what the build found.</summary>
public static class EditorReportBuilder
{
    /// <summary>A name on this many pages, with no entry of its own, is a candidate for one.</summary>
    public const int CandidatePages = 3;

    public static EditorReport Build(SiteModel model)
    {
        var pages = new List<PageReport>();
        var names = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in model.Index.Entries)
        {
            var citations = model.Pages[entry.Index].Citations;
            var path = entry.Document.Path;
            foreach (var name in citations.Names)
            {
                if (!names.TryGetValue(name, out var where)) names[name] = where = [];
                where.Add(path);
            }
            var bySide = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var cited in citations.Works)
            {
                var sides = Works.Of(model.Index.Entries[cited.Entry])?.Sides ?? [];
                foreach (var side in sides.Count == 0 ? ["none"] : sides) bySide[side] = bySide.GetValueOrDefault(side) + 1;
            }
            if (citations.Uncited.Count + citations.Stale.Count + bySide.Count == 0) continue;
            pages.Add(new PageReport(path, citations.Uncited, citations.Stale, bySide));
        }
        var uncited = model.Index.Entries
            .Where(e => e.Kind == Kind.Reference && model.CitedBy(e).Count == 0)
            .Select(e => e.Document.Path)
            .ToList();
        var candidates = names
            .Where(n => n.Value.Count >= CandidatePages)
            .Select(n => new CandidateName(n.Key, n.Value.Count, n.Value))
            .OrderByDescending(c => c.PageCount)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new EditorReport(pages, uncited, candidates);
    }
}
