using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace TreatyExplainer.Rendering;

/// <summary>
/// A Scriban context in which every value a template prints is HTML-escaped, unless it is an <see cref="HtmlString"/>.
/// Templates cannot forget to escape, because escaping is not theirs to do.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public const int MaxOutputChars = 256 * 1024 * 1024;

    public EscapingTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // Loops run over the site's own data (the search page lists every name), so the limit only has to stop a
        // template that never ends, not a big site: a million names would take hundreds of full-size files.
        LoopLimit = 1_000_000;
        RecursiveLimit = 50;
        // Scriban stops at 1 MiB of output by default, which leaves a valid large page, or the search page of a site
        // with many names, empty. A page is made from at most 2 MiB of Markdown, so 256 MiB is a bug, not content.
        LimitToString = MaxOutputChars;
        OutputLimit = MaxOutputChars;
        // Numbers and dates print the same under a Turkish or Japanese current culture.
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlString html => Write(html.Value),
        _ => Write(Html.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
