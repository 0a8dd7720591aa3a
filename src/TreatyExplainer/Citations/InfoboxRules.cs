using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>
/// The infobox's ids name real works: each figure's <c>source</c> a reference or source dated no earlier than the
/// figure, and a treaty's <c>treaty_text</c> a reference of type treaty-text. Runs on the index, before linking.
/// </summary>
public static class InfoboxRules
{
    public static void Check(SiteIndex index, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var resolver = new CitationResolver(index, urls);
        foreach (var entry in index.Entries)
        {
            var meta = entry.Meta;
            CheckFigure(entry, "area", meta.Area, index, resolver, diagnostics);
            CheckFigure(entry, "population", meta.Population, index, resolver, diagnostics);
            if (meta.TreatyText is not { } text) continue;
            if (Work(index, text.Value) is not { } work)
                Add(entry, text.Position, DiagnosticCodes.UnknownCitation, "treaty_text: " + resolver.UnknownMessage(text.Value), diagnostics);
            else if (Works.Of(work)?.Type != "treaty-text")
                Add(entry, text.Position, DiagnosticCodes.NotATreatyText,
                    $"treaty_text: '{text.Value}' is a reference of type '{Works.Of(work)?.Type ?? work.Kind.Name()}', not 'treaty-text'; name the reference that gives the text itself", diagnostics);
        }
    }

    private static void CheckFigure(Entry entry, string key, SourcedFigure? figure, SiteIndex index, CitationResolver resolver, DiagnosticBag diagnostics)
    {
        if (figure is null) return;
        var source = figure.Source;
        if (Work(index, source.Value) is not { } work)
        {
            Add(entry, source.Position, DiagnosticCodes.UnknownCitation, $"{key}.source: " + resolver.UnknownMessage(source.Value), diagnostics);
            return;
        }
        // A work cannot report a count made after it was published: the date or the source is mistyped.
        if (Works.Of(work)?.Published is { } published && figure.Date.CompareTo(published) > 0 && !SamePeriod(figure.Date, published))
            Add(entry, source.Position, DiagnosticCodes.FigureAfterSource,
                $"{key}: the figure is dated {figure.Date.Iso}, after '{source.Value}' was published ({published.Iso}); check the date and the source", diagnostics);
    }

    /// <summary>"2020" and "2020-06-01" overlap: a work dated only to the year may report a count from that year.</summary>
    private static bool SamePeriod(PartialDate figure, PartialDate published) =>
        figure.Year == published.Year && (published.Month is null || (figure.Month == published.Month && published.Day is null));

    private static Entry? Work(SiteIndex index, string id) => index.Find(id) is { } work && work.Kind.IsCitable() ? work : null;

    private static void Add(Entry entry, SourcePosition at, string code, string message, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(entry.Document.Path, at.Line, at.Column, code, message));
}
