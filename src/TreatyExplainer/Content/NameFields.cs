using TreatyExplainer.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>Reads the two fields that hold an entry's other names: 'aliases' (a list, each plain or with options) and 'names' (by language).</summary>
public static class NameFields
{
    public static IReadOnlyList<Alias> Aliases(FieldReader fields)
    {
        if (fields.Node("aliases") is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            fields.Report.Report(node, DiagnosticCodes.WrongType, $"'aliases' must be a list, not a {FieldReader.Describe(node)}");
            return [];
        }
        var aliases = new List<Alias>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                if (AliasFromMapping(mapping, fields) is { } alias) aliases.Add(alias);
            }
            else if (fields.ScalarText(item, "aliases item") is { } text)
            {
                aliases.Add(new Alias(text, IgnoreCase: false, fields.Report.Position(item)));
            }
        }
        return aliases;
    }

    private static Alias? AliasFromMapping(YamlMappingNode mapping, FieldReader fields)
    {
        string? name = null;
        var ignoreCase = false;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key == "name") name = fields.ScalarText(valueNode, "name");
            else if (key == "ignore_case") ignoreCase = fields.Boolean(valueNode, "ignore_case");
            else fields.Report.Report(keyNode, DiagnosticCodes.UnknownKey, $"unknown alias key '{key}'; an alias takes 'name' and 'ignore_case'");
        }
        if (name is null && !mapping.Children.Any(c => (c.Key as YamlScalarNode)?.Value == "name"))
            fields.Report.Report(mapping, DiagnosticCodes.MissingKey, "an alias written as a mapping needs a 'name'");
        return name is null ? null : new Alias(name, ignoreCase, fields.Report.Position(mapping));
    }

    public static Names ReadNames(FieldReader fields)
    {
        if (fields.Node("names") is not { } node) return Names.None;
        if (node is not YamlMappingNode mapping)
        {
            fields.Report.Report(node, DiagnosticCodes.WrongType, $"'names' must be a mapping like {{ en: …, ja: …, ru: … }}, not a {FieldReader.Describe(node)}");
            return Names.None;
        }
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!FrontMatterSchema.NameKeys.Contains(key))
            {
                fields.Report.Report(keyNode, DiagnosticCodes.UnknownKey, $"unknown name key '{key}'; expected one of: {string.Join(", ", FrontMatterSchema.NameKeys)}");
                continue;
            }
            if (fields.ScalarText(valueNode, "names." + key) is { } text) found[key] = text;
        }
        return new Names(
            found.GetValueOrDefault("en"),
            found.GetValueOrDefault("ja"),
            found.GetValueOrDefault("ru"),
            found.GetValueOrDefault("ja_latin"),
            found.GetValueOrDefault("ru_latin"));
    }
}
