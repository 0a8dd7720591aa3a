using System.Text;

namespace TreatyExplainer.Content;

/// <summary>The front-matter reference in CONTRIBUTING.md, written from the same schema the validator checks against.</summary>
public static class FieldDocs
{
    public const string Start = "<!-- fields:start (generated from FrontMatterSchema; edit the schema, not this) -->";
    public const string End = "<!-- fields:end -->";

    public static string Render()
    {
        var text = new StringBuilder();
        foreach (var kind in Enum.GetValues<Kind>())
        {
            text.Append("\n#### `kind: ").Append(kind.Name()).Append("`\n\n");
            text.Append("| key | required | what it is | example |\n| --- | --- | --- | --- |\n");
            foreach (var field in FrontMatterSchema.Fields.Where(f => f.Kinds.Contains(kind)))
            {
                text.Append("| `").Append(field.Key).Append("` | ")
                    .Append(field.RequiredFor.Contains(kind) ? "yes" : "no").Append(" | ")
                    .Append(field.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | `")
                    .Append(FieldExamples.For(kind, field).Replace("|", "\\|", StringComparison.Ordinal)).Append("` |\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The document with its generated region replaced by the current schema.</summary>
    public static string Update(string document)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) throw new InvalidOperationException("CONTRIBUTING.md lacks the generated-fields markers");
        return document[..(start + Start.Length)] + "\n" + Render() + "\n" + document[end..];
    }
}
