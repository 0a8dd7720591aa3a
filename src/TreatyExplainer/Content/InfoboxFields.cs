using System.Globalization;
using TreatyExplainer.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>
/// Reads the front matter an infobox shows: an island's area, population, administration and claim; a treaty's
/// parties and text. Each problem is reported at the key or value at fault. Whether an id names a real reference
/// is checked once the site is indexed (<c>InfoboxRules</c>).
/// </summary>
public static class InfoboxFields
{
    public static FrontMatter Apply(FrontMatter frontMatter, FieldReader fields)
    {
        var kind = frontMatter.Kind;
        return frontMatter with
        {
            Area = Takes(kind, "area") ? Figure(fields, "area", "km2", "year", wholeNumber: false) : null,
            Population = Takes(kind, "population") ? Figure(fields, "population", "count", "as_of", wholeNumber: true) : null,
            AdministeredBy = Takes(kind, "administered_by") ? fields.Text("administered_by") : null,
            ClaimedBy = Takes(kind, "claimed_by") ? fields.Text("claimed_by") : null,
            Parties = Takes(kind, "parties") ? [.. fields.TextList("parties").Select(p => p.Value)] : [],
            TreatyText = Takes(kind, "treaty_text") && fields.Node("treaty_text") is { } node && fields.ScalarText(node, "treaty_text") is { } id
                ? new Located<string>(id, fields.Report.Position(node))
                : null,
        };
    }

    // A key the kind does not take is already an error (TE009); reading it too would only repeat the complaint.
    private static bool Takes(Kind kind, string key) => FrontMatterSchema.Find(key)!.Kinds.Contains(kind);

    private static SourcedFigure? Figure(FieldReader fields, string key, string valueKey, string dateKey, bool wholeNumber)
    {
        if (fields.Node(key) is not { } node) return null;
        var shape = $"{{ {valueKey}: …, {dateKey}: …, source: … }}";
        if (node is not YamlMappingNode mapping)
        {
            fields.Report.Report(node, DiagnosticCodes.WrongType, $"'{key}' must be a mapping like {shape}, not a {FieldReader.Describe(node)}");
            return null;
        }
        var parts = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var part = (keyNode as YamlScalarNode)?.Value ?? "";
            if (part == valueKey || part == dateKey || part == "source") parts[part] = valueNode;
            else fields.Report.Report(keyNode, DiagnosticCodes.UnknownKey, $"unknown '{key}' key '{part}'; write {shape}");
        }
        foreach (var required in new[] { valueKey, dateKey, "source" }.Where(p => !parts.ContainsKey(p)))
            fields.Report.Report(mapping, DiagnosticCodes.MissingKey, $"'{key}' needs '{required}': write {shape}");
        if (parts.Count < 3) return null;

        var value = Number(fields, parts[valueKey], $"{key}.{valueKey}", wholeNumber);
        var date = Date(fields, parts[dateKey], $"{key}.{dateKey}");
        var source = fields.ScalarText(parts["source"], $"{key}.source");
        return value is null || date is null || source is null
            ? null
            : new SourcedFigure(value.Value, date, new Located<string>(source, fields.Report.Position(parts["source"])));
    }

    private static decimal? Number(FieldReader fields, YamlNode node, string what, bool wholeNumber)
    {
        var text = fields.ScalarText(node, what);
        if (text is null) return null;
        // Digits only: "3,168" or "3.168" would be read differently in different countries.
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || (wholeNumber && number != decimal.Truncate(number)))
        {
            var like = wholeNumber ? "a whole number written with digits only, like 6916" : "a number written with digits only, like 3168 or 3167.5";
            fields.Report.Report(node, DiagnosticCodes.WrongType, $"'{what}' must be {like}, not '{text}'");
            return null;
        }
        return number;
    }

    private static PartialDate? Date(FieldReader fields, YamlNode node, string what)
    {
        var text = fields.ScalarText(node, what);
        if (text is null) return null;
        if (PartialDate.TryParse(text) is { } date) return date;
        fields.Report.Report(node, DiagnosticCodes.BadDate, $"'{what}' must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, not '{text}'");
        return null;
    }
}
