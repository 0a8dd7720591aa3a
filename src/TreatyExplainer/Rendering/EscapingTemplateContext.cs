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
    public EscapingTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 100_000;
        RecursiveLimit = 50;
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
