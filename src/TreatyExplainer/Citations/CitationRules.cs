using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>Citation checks across the whole site: primary references that name a real work, and references that some page cites.</summary>
public static class CitationRules
{
    /// <summary>Every <c>primary_reference</c> names a reference or a source; runs on the index, before pages are linked.</summary>
    public static void CheckPrimaryReferences(SiteIndex index, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var resolver = new CitationResolver(index, urls);
        foreach (var entry in index.Entries)
        {
            if (entry.Meta.PrimaryReference is not { } primary) continue;
            if (index.Find(primary.Value) is { } work && work.Kind.IsCitable()) continue;
            diagnostics.Add(Diagnostic.Error(entry.Document.Path, primary.Position.Line, primary.Position.Column, DiagnosticCodes.UnknownCitation,
                "primary_reference: " + resolver.UnknownMessage(primary.Value)));
        }
    }

    /// <summary>A reference no page cites is a warning: cite it where it supports the text, or remove it.</summary>
    public static void ReportUncitedReferences(SiteModel model, DiagnosticBag diagnostics)
    {
        var primaries = model.Index.Entries.Select(e => e.Meta.PrimaryReference?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var work in model.Index.Entries.Where(e => e.Kind == Kind.Reference))
        {
            if (model.CitedBy(work).Count > 0 || primaries.Contains(work.Id)) continue;
            diagnostics.Add(Diagnostic.Warning(work.Document.Path, 1, 1, DiagnosticCodes.UncitedReference,
                $"no page cites '{work.Id}'; cite it where it supports the text, as [@{work.Id}], or remove it"));
        }
    }
}
