namespace TreatyExplainer.Rendering;

/// <summary>Markup that is already safe to write as it is: rendered Markdown or a rendered template. Everything else is escaped.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
