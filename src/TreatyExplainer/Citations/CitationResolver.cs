using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Site;

namespace TreatyExplainer.Citations;

/// <summary>
/// Finds each cited work, numbers works by first citation on the page and names every marker, so the list at the
/// end can link back to each. An unknown id is an error with the nearest known id; a citation inside a link
/// turns back into the text it was written as.
/// </summary>
public sealed class CitationResolver(SiteIndex index, SiteUrls urls)
{
    private readonly string[] _citableIds = [.. index.Entries.Where(e => e.Kind.IsCitable()).Select(e => e.Id)];

    /// <summary>
    /// The works the page cites, numbered in reading order: the infobox's sources first, as they stand above the
    /// text, then the body's. Returns the infobox's markers by field ("area", "population").
    /// </summary>
    public (IReadOnlyList<CitedWork> Works, IReadOnlyDictionary<string, ResolvedCitation> Infobox) Resolve(Entry page, MarkdownDocument markdown, List<Diagnostic> diagnostics)
    {
        var works = new List<(int Entry, string ListId, List<string> Markers)>();
        ResolvedCitation Cite(Entry work, string? locator)
        {
            var number = works.FindIndex(w => w.Entry == work.Index);
            if (number < 0)
            {
                works.Add((work.Index, "ref-" + work.Id, []));
                number = works.Count - 1;
            }
            var markers = works[number].Markers;
            markers.Add($"cite-{work.Id}-{markers.Count + 1}");
            return new ResolvedCitation(work.Index, number + 1, markers[^1], works[number].ListId, urls.Href(work.Path), locator);
        }

        var infobox = new Dictionary<string, ResolvedCitation>(StringComparer.Ordinal);
        foreach (var (field, figure) in new[] { ("area", page.Meta.Area), ("population", page.Meta.Population) })
        {
            // An unknown id is InfoboxRules' to report; the infobox then shows the figure without a marker.
            if (figure is not null && index.Find(figure.Source.Value) is { } source && source.Kind.IsCitable())
                infobox[field] = Cite(source, null);
        }
        foreach (var citation in Citations(markdown).ToList())
        {
            if (citation.InsideLink)
            {
                citation.Inline.ReplaceBy(new LiteralInline(citation.Inline.Original));
                continue;
            }
            var resolved = new List<ResolvedCitation>();
            foreach (var item in citation.Inline.Items)
            {
                if (index.Find(item.Id) is not { } work || !work.Kind.IsCitable())
                {
                    diagnostics.Add(Diagnostic.Error(page.Document.Path, page.Document.BodyLine + item.Line, item.Column + 1,
                        DiagnosticCodes.UnknownCitation, UnknownMessage(item.Id)));
                    continue;
                }
                resolved.Add(Cite(work, item.Locator));
            }
            if (resolved.Count != citation.Inline.Items.Count) continue;
            citation.Inline.Resolved = resolved;
            // A numbered marker sits against the words it supports, as in print: "treaty[6]", not "treaty [6]".
            if (citation.Inline.PreviousSibling is LiteralInline before) before.Content.TrimEnd();
        }
        return ([.. works.Select(w => new CitedWork(w.Entry, w.ListId, w.Markers))], infobox);
    }

    /// <summary>The message for an id no reference or source has, with the closest one that exists.</summary>
    public string UnknownMessage(string id)
    {
        var message = $"unknown reference '@{id}': no file in input/references/ or seeds/ is named '{id}.md'";
        var closest = _citableIds
            .Select(known => (Id: known, Distance: EditDistance.Between(id, known)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return closest.Id is not null && closest.Distance <= Math.Max(2, id.Length / 3) ? message + $"; did you mean '@{closest.Id}'?" : message;
    }

    private static IEnumerable<(CitationInline Inline, bool InsideLink)> Citations(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock child)
            {
                foreach (var found in Citations(child)) yield return found;
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                foreach (var found in Citations(inline, insideLink: false)) yield return found;
            }
        }
    }

    private static IEnumerable<(CitationInline Inline, bool InsideLink)> Citations(ContainerInline container, bool insideLink)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is CitationInline citation) yield return (citation, insideLink);
            else if (inline is ContainerInline nested)
            {
                foreach (var found in Citations(nested, insideLink || nested is LinkInline)) yield return found;
            }
        }
    }
}
