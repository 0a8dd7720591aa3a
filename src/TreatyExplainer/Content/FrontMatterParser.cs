using System.Globalization;
using TreatyExplainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>
/// Reads a front-matter YAML block into a <see cref="FrontMatter"/>, reporting every problem at the line and
/// column of the key or value at fault.
/// </summary>
public sealed class FrontMatterParser
{
    private readonly string _path;
    private readonly int _firstLine;
    private readonly List<Diagnostic> _diagnostics;

    private FrontMatterParser(string path, int firstLine, List<Diagnostic> diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static FrontMatter? Parse(string path, string yaml, int firstLine, List<Diagnostic> diagnostics) =>
        new FrontMatterParser(path, firstLine, diagnostics).Parse(yaml);

    private FrontMatter? Parse(string yaml)
    {
        var root = LoadRoot(yaml);
        if (root is null) return null;

        var values = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Report(keyNode, DiagnosticCodes.WrongType, "a front-matter key must be a plain name");
                continue;
            }
            // A repeated key never gets here: the YAML reader rejects it (TE003) at the second occurrence.
            values[key] = (keyNode, valueNode);
        }

        var kind = ReadKind(root, values);
        var title = RequireText(root, values, "title");
        foreach (var (key, (keyNode, _)) in values)
        {
            var spec = FrontMatterSchema.Find(key);
            if (spec is null)
                Report(keyNode, DiagnosticCodes.UnknownKey, UnknownKeyMessage(key));
            else if (kind is { } k && !spec.Kinds.Contains(k))
                Report(keyNode, DiagnosticCodes.KeyNotForKind, $"'{key}' does not apply to kind '{k.Name()}'");
        }
        if (kind is not { } knownKind || title is null) return null;

        foreach (var spec in FrontMatterSchema.Fields)
        {
            if (spec.RequiredFor.Contains(knownKind) && !values.ContainsKey(spec.Key))
                Report(root, DiagnosticCodes.MissingKey, $"'{spec.Key}' is required for kind '{knownKind.Name()}'");
        }

        var frontMatter = new FrontMatter
        {
            Title = title,
            TitlePosition = Position(values["title"].Value),
            Kind = knownKind,
            Summary = Text(values, "summary"),
            Aliases = Aliases(values),
            Names = ReadNames(values),
            Date = Date(values, "date"),
            InForce = Date(values, "in_force"),
            EndDate = Date(values, "end_date"),
            Roles = TextList(values, "roles").Select(r => r.Value).ToList(),
            Disputed = values.TryGetValue("disputed", out var disputed) && Boolean(disputed.Value, "disputed"),
            Lat = Number(values, "lat", -90, 90),
            Lon = Number(values, "lon", -180, 180),
            Sources = TextList(values, "sources"),
            Outlet = Text(values, "outlet"),
            Via = Text(values, "via"),
            Published = knownKind == Kind.Reference ? null : Date(values, "published"),
            Headline = Text(values, "headline"),
            Url = AbsoluteUrl(values, "url"),
            Layout = Layout(values) ?? "page",
            RedirectFrom = Paths(values, "redirect_from"),
            Updated = Date(values, "updated"),
        };
        return CitationFields.Apply(frontMatter, _path, _firstLine, values, _diagnostics);
    }

    private YamlMappingNode? LoadRoot(string yaml)
    {
        if (FindTabIndent(yaml) is { } tab)
        {
            Add(tab, DiagnosticCodes.YamlSyntax, "front matter is not valid YAML: a tab is used for indentation; indent with spaces");
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            Add(e.Start, DiagnosticCodes.YamlSyntax, $"front matter is not valid YAML: {message}");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            _diagnostics.Add(Diagnostic.Error(_path, _firstLine - 1, 1, DiagnosticCodes.MissingKey, "front matter is empty: 'title' and 'kind' are required"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            Report(stream.Documents[0].RootNode, DiagnosticCodes.WrongType, "front matter must be a set of 'key: value' lines");
            return null;
        }
        return mapping;
    }

    private Kind? ReadKind(YamlMappingNode root, Dictionary<string, (YamlNode Key, YamlNode Value)> values)
    {
        var text = RequireText(root, values, "kind");
        if (text is null) return null;
        if (KindExtensions.TryParse(text, out var kind)) return kind;
        var known = string.Join(", ", Enum.GetValues<Kind>().Select(k => k.Name()));
        Report(values["kind"].Value, DiagnosticCodes.UnknownKind, $"unknown kind '{text}'; expected one of: {known}");
        return null;
    }

    private string? RequireText(YamlMappingNode root, Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        if (!values.ContainsKey(key))
        {
            Report(root, DiagnosticCodes.MissingKey, $"'{key}' is required");
            return null;
        }
        return Text(values, key);
    }

    private string? Text(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        if (!values.TryGetValue(key, out var entry)) return null;
        return ScalarText(entry.Value, key);
    }

    private string? ScalarText(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(node, DiagnosticCodes.WrongType, $"'{what}' must be text, not a {Describe(node)}");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value == "~"))
        {
            Report(node, DiagnosticCodes.BadValue, $"'{what}' must not be empty");
            return null;
        }
        return value;
    }

    private IReadOnlyList<Located<string>> TextList(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        if (!values.TryGetValue(key, out var entry)) return [];
        if (entry.Value is not YamlSequenceNode sequence)
        {
            Report(entry.Value, DiagnosticCodes.WrongType, $"'{key}' must be a list, like [a, b], not a {Describe(entry.Value)}");
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (ScalarText(item, key + " item") is { } text) items.Add(new(text, Position(item)));
        }
        return items;
    }

    private IReadOnlyList<Located<string>> Paths(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        var paths = new List<Located<string>>();
        foreach (var path in TextList(values, key))
        {
            if (UrlPath.IsSafeSitePath(path.Value)) paths.Add(path);
            else Add(path.Position, DiagnosticCodes.BadValue, $"'{path.Value}' is not a site path: write /lowercase-words/ with letters, digits and hyphens only");
        }
        return paths;
    }

    private IReadOnlyList<Alias> Aliases(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
    {
        if (!values.TryGetValue("aliases", out var entry)) return [];
        if (entry.Value is not YamlSequenceNode sequence)
        {
            Report(entry.Value, DiagnosticCodes.WrongType, $"'aliases' must be a list, not a {Describe(entry.Value)}");
            return [];
        }
        var aliases = new List<Alias>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                if (AliasFromMapping(mapping) is { } alias) aliases.Add(alias);
            }
            else if (ScalarText(item, "aliases item") is { } text)
            {
                aliases.Add(new Alias(text, IgnoreCase: false, Position(item)));
            }
        }
        return aliases;
    }

    private Alias? AliasFromMapping(YamlMappingNode mapping)
    {
        string? name = null;
        var ignoreCase = false;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key == "name") name = ScalarText(valueNode, "name");
            else if (key == "ignore_case") ignoreCase = Boolean(valueNode, "ignore_case");
            else Report(keyNode, DiagnosticCodes.UnknownKey, $"unknown alias key '{key}'; an alias takes 'name' and 'ignore_case'");
        }
        if (name is null && !mapping.Children.Any(c => (c.Key as YamlScalarNode)?.Value == "name"))
            Report(mapping, DiagnosticCodes.MissingKey, "an alias written as a mapping needs a 'name'");
        return name is null ? null : new Alias(name, ignoreCase, Position(mapping));
    }

    private bool Boolean(YamlNode node, string what)
    {
        var text = ScalarText(node, what);
        if (text is "true") return true;
        if (text is "false") return false;
        if (text is not null) Report(node, DiagnosticCodes.WrongType, $"'{what}' must be true or false");
        return false;
    }

    private Names ReadNames(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
    {
        if (!values.TryGetValue("names", out var entry)) return Names.None;
        if (entry.Value is not YamlMappingNode mapping)
        {
            Report(entry.Value, DiagnosticCodes.WrongType, $"'names' must be a mapping like {{ en: …, ja: …, ru: … }}, not a {Describe(entry.Value)}");
            return Names.None;
        }
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!FrontMatterSchema.NameKeys.Contains(key))
            {
                Report(keyNode, DiagnosticCodes.UnknownKey, $"unknown name key '{key}'; expected one of: {string.Join(", ", FrontMatterSchema.NameKeys)}");
                continue;
            }
            if (ScalarText(valueNode, "names." + key) is { } text) found[key] = text;
        }
        return new Names(
            found.GetValueOrDefault("en"),
            found.GetValueOrDefault("ja"),
            found.GetValueOrDefault("ru"),
            found.GetValueOrDefault("ja_latin"),
            found.GetValueOrDefault("ru_latin"));
    }

    private DateOnly? Date(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        if (!values.TryGetValue(key, out var entry)) return null;
        var text = ScalarText(entry.Value, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Report(entry.Value, DiagnosticCodes.BadDate, $"'{key}' must be a real date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    private double? Number(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key, double min, double max)
    {
        if (!values.TryGetValue(key, out var entry)) return null;
        var text = ScalarText(entry.Value, key);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            Report(entry.Value, DiagnosticCodes.WrongType, $"'{key}' must be a number, not '{text}'");
            return null;
        }
        if (number < min || number > max)
        {
            Report(entry.Value, DiagnosticCodes.BadValue, $"'{key}' must lie between {min} and {max}");
            return null;
        }
        return number;
    }

    private string? AbsoluteUrl(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
    {
        if (!values.TryGetValue(key, out var entry)) return null;
        var text = ScalarText(entry.Value, key);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return text;
        Report(entry.Value, DiagnosticCodes.UnsafeLink, $"'{key}' must be a complete http or https address, not '{text}'");
        return null;
    }

    private string? Layout(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
    {
        var text = Text(values, "layout");
        if (text is null || FrontMatterSchema.Layouts.Contains(text)) return text;
        Report(values["layout"].Value, DiagnosticCodes.UnknownLayout, $"unknown layout '{text}'; expected one of: {string.Join(", ", FrontMatterSchema.Layouts)}");
        return null;
    }

    /// <summary>YAML forbids tabs in indentation, and the parser places that error at the mapping, not at the tab.</summary>
    private SourcePosition? FindTabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return new SourcePosition(_firstLine + i, tab + 1);
        }
        return null;
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

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private SourcePosition Position(YamlNode node) => new(_firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);

    private void Report(YamlNode node, string code, string message) => Add(Position(node), code, message);

    private void Add(Mark mark, string code, string message) =>
        Add(new SourcePosition(_firstLine + (int)Math.Max(mark.Line, 1) - 1, (int)Math.Max(mark.Column, 1)), code, message);

    private void Add(SourcePosition position, string code, string message) =>
        _diagnostics.Add(Diagnostic.Error(_path, position.Line, position.Column, code, message));
}
