using TreatyExplainer.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>
/// Reads a front-matter YAML block into a <see cref="FrontMatter"/>, reporting every problem at the line and
/// column of the key or value at fault. Loading the YAML is <see cref="FrontMatterYaml"/>'s job, reading typed
/// values <see cref="FieldReader"/>'s; this class checks keys against the schema and assembles the record.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static FrontMatter? Parse(string path, string yaml, int firstLine, List<Diagnostic> diagnostics)
    {
        var report = new FrontMatterReport(path, firstLine, diagnostics);
        var root = FrontMatterYaml.Load(yaml, report);
        if (root is null) return null;

        var values = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                report.Report(keyNode, DiagnosticCodes.WrongType, "a front-matter key must be a plain name");
                continue;
            }
            // A repeated key never gets here: the YAML reader rejects it (TE003) at the second occurrence.
            values[key] = (keyNode, valueNode);
        }

        var fields = new FieldReader(values, report);
        var kind = ReadKind(root, fields);
        var title = RequireText(root, fields, "title");
        foreach (var (key, (keyNode, _)) in values)
        {
            var spec = FrontMatterSchema.Find(key);
            if (spec is null)
                report.Report(keyNode, DiagnosticCodes.UnknownKey, UnknownKeyMessage(key));
            else if (kind is { } k && !spec.Kinds.Contains(k))
                report.Report(keyNode, DiagnosticCodes.KeyNotForKind, $"'{key}' does not apply to kind '{k.Name()}'");
        }
        if (kind is not { } knownKind || title is null) return null;

        foreach (var spec in FrontMatterSchema.Fields)
        {
            if (spec.RequiredFor.Contains(knownKind) && !values.ContainsKey(spec.Key))
                report.Report(root, DiagnosticCodes.MissingKey, $"'{spec.Key}' is required for kind '{knownKind.Name()}'");
        }

        var names = NameFields.ReadNames(fields);
        var aliases = NameFields.Aliases(fields);
        AliasRules.Check(aliases, title, names, report);
        var frontMatter = new FrontMatter
        {
            Title = PlainTypography.Apply(title),
            TitlePosition = report.Position(values["title"].Value),
            Kind = knownKind,
            Summary = PlainTypography.ApplyOrNull(fields.Text("summary")),
            Aliases = aliases,
            Names = names,
            Date = fields.Date("date"),
            InForce = fields.Date("in_force"),
            EndDate = fields.Date("end_date"),
            Roles = fields.TextList("roles").Select(r => PlainTypography.Apply(r.Value)).ToList(),
            Disputed = fields.Node("disputed") is { } disputed && fields.Boolean(disputed, "disputed"),
            Lat = fields.Number("lat", -90, 90),
            Lon = fields.Number("lon", -180, 180),
            Sources = fields.TextList("sources"),
            Outlet = fields.Text("outlet"),
            Via = fields.Text("via"),
            Published = knownKind == Kind.Reference ? null : fields.Date("published"),
            Headline = PlainTypography.ApplyOrNull(fields.Text("headline")),
            Url = fields.AbsoluteUrl("url"),
            Layout = fields.Layout() ?? "page",
            RedirectFrom = fields.Paths("redirect_from"),
            Updated = fields.Date("updated"),
        };
        return CitationFields.Apply(InfoboxFields.Apply(frontMatter, fields), path, firstLine, values, diagnostics);
    }

    private static Kind? ReadKind(YamlMappingNode root, FieldReader fields)
    {
        var text = RequireText(root, fields, "kind");
        if (text is null) return null;
        if (KindExtensions.TryParse(text, out var kind)) return kind;
        var known = string.Join(", ", Enum.GetValues<Kind>().Select(k => k.Name()));
        fields.Report.Report(fields.Node("kind")!, DiagnosticCodes.UnknownKind, $"unknown kind '{text}'; expected one of: {known}");
        return null;
    }

    private static string? RequireText(YamlMappingNode root, FieldReader fields, string key)
    {
        if (!fields.Has(key))
        {
            fields.Report.Report(root, DiagnosticCodes.MissingKey, $"'{key}' is required");
            return null;
        }
        return fields.Text(key);
    }

    private static string UnknownKeyMessage(string key)
    {
        var closest = FrontMatterSchema.Fields
            .Select(f => (f.Key, Distance: EditDistance.Between(key, f.Key)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .First();
        var hint = closest.Distance <= 2 ? $"; did you mean '{closest.Key}'?" : "";
        return $"unknown key '{key}'{hint}";
    }
}
