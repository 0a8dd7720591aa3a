using Scriban.Runtime;
using TreatyExplainer.Content;
using TreatyExplainer.Linking;
using TreatyExplainer.Site;

namespace TreatyExplainer.Rendering;

/// <summary>The template variables of the "Mentioned in" partial: null when nothing mentions the entry.</summary>
public static class MentionedInView
{
    public static ScriptObject? Of(SiteModel model, Entry entry)
    {
        var mentions = model.MentionsOf(entry);
        if (mentions.Count == 0) return null;
        var view = MentionedIn.Of(mentions, model.Index.Entries);
        return new ScriptObject
        {
            ["total"] = view.Total,
            ["shown"] = Groups(model, view.Shown),
            ["more"] = Groups(model, view.More),
        };
    }

    private static List<ScriptObject> Groups(SiteModel model, IReadOnlyList<MentionGroup> groups) =>
        groups.Select(g => new ScriptObject
        {
            ["heading"] = g.Heading,
            ["items"] = g.Items.Select(i => new ScriptObject
            {
                ["title"] = i.From.Title,
                ["href"] = model.Urls.Href(i.From.Path),
                ["before"] = Named(model, i.Before),
                ["text"] = Named(model, i.Text),
                ["after"] = Named(model, i.After),
            }).ToList(),
        }).ToList();

    /// <summary>A snippet whose renamed places follow the reader's naming choice, as they do in the text it comes from.</summary>
    private static HtmlString Named(SiteModel model, string snippet) => new(PlaceNameMarkup.Text(snippet, model.Index.PlaceNames.Values));
}
