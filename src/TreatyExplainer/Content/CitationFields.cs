using System.Globalization;
using TreatyExplainer.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>
/// The front matter that citations and freshness add: a reference's bibliographic fields, <c>reviewed</c> and
/// <c>primary_reference</c>. The schema has already checked which keys a kind takes; this reads their values.
/// </summary>
public sealed class CitationFields
{
    private readonly string _path;
    private readonly int _firstLine;
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<string, (YamlNode Key, YamlNode Value)> _values;

    private CitationFields(string path, int firstLine, IReadOnlyDictionary<string, (YamlNode Key, YamlNode Value)> values, List<Diagnostic> diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _values = values;
        _diagnostics = diagnostics;
    }

    /// <summary>The front matter with the citation fields read from <paramref name="values"/>.</summary>
    public static FrontMatter Apply(FrontMatter frontMatter, string path, int firstLine,
        IReadOnlyDictionary<string, (YamlNode Key, YamlNode Value)> values, List<Diagnostic> diagnostics)
    {
        var reader = new CitationFields(path, firstLine, values, diagnostics);
        return frontMatter with
        {
            Reviewed = reader.Date("reviewed"),
            PrimaryReference = reader.Text("primary_reference") is { } id ? new Located<string>(id, reader.Position(values["primary_reference"].Value)) : null,
            Reference = frontMatter.Kind == Kind.Reference ? reader.Reference(frontMatter) : null,
        };
    }

    private ReferenceMeta? Reference(FrontMatter frontMatter)
    {
        var type = Text("type");
        if (type is not null && !FrontMatterSchema.ReferenceTypes.Contains(type))
        {
            Report("type", DiagnosticCodes.BadValue, $"unknown reference type '{type}'; expected one of: {string.Join(", ", FrontMatterSchema.ReferenceTypes)}");
            type = null;
        }
        var publisher = Text("publisher");
        var author = Text("author");
        if (publisher is null && author is null && !_values.ContainsKey("publisher") && !_values.ContainsKey("author"))
            _diagnostics.Add(Diagnostic.Error(_path, LineOf(_values["title"].Key.Start.Line), 1, DiagnosticCodes.MissingKey,
                "a reference needs 'publisher', 'author' or both, so a reader can find the work"));
        var published = PublishedDate();
        var url = frontMatter.Url;
        if (url is not null && !url.StartsWith("https://", StringComparison.Ordinal))
        {
            Report("url", DiagnosticCodes.UnsafeLink, $"a reference's 'url' must be an https address, not '{url}'");
            url = null;
        }
        var archive = Https("archive_url");
        var accessed = Date("accessed");
        if (_values.ContainsKey("url") && !_values.ContainsKey("accessed"))
            Report("url", DiagnosticCodes.MissingKey, "'accessed' is required when 'url' is given: write the date you read the page, YYYY-MM-DD");
        var sides = Sides();
        if (type is "official-statement" or "official-record" && !_values.ContainsKey("side"))
            Report("type", DiagnosticCodes.MissingKey, $"'side' is required for type '{type}': whose position does it state? ({string.Join(", ", FrontMatterSchema.Sides)})");
        // An undated web page is still a findable work: its address and the day it was read identify it.
        if (!_values.ContainsKey("published") && (url is null || accessed is null))
            _diagnostics.Add(Diagnostic.Error(_path, LineOf(_values["title"].Key.Start.Line), 1, DiagnosticCodes.MissingKey,
                "'published' is required for a reference, unless it is an undated web page given with 'url' and 'accessed'"));
        if (type is null || (published is null && _values.ContainsKey("published"))) return null;
        return new ReferenceMeta
        {
            Type = type,
            Publisher = publisher,
            Author = author,
            Published = published,
            Url = url,
            ArchiveUrl = archive,
            Accessed = accessed?.Value,
            Language = Text("language"),
            Sides = sides,
        };
    }

    private PartialDate? PublishedDate()
    {
        var text = Text("published");
        if (text is null) return null;
        if (PartialDate.TryParse(text) is { } date) return date;
        Report("published", DiagnosticCodes.BadDate, $"'published' must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, not '{text}'");
        return null;
    }

    private List<string> Sides()
    {
        if (!_values.TryGetValue("side", out var entry)) return [];
        IEnumerable<YamlNode> items = entry.Value is YamlSequenceNode list ? list.Children : [entry.Value];
        var sides = new List<string>();
        foreach (var item in items)
        {
            var side = Scalar(item, "side");
            if (side is null) continue;
            if (FrontMatterSchema.Sides.Contains(side)) sides.Add(side);
            else Add(Position(item), DiagnosticCodes.BadValue, $"unknown side '{side}'; expected one of: {string.Join(", ", FrontMatterSchema.Sides)}");
        }
        if (entry.Value is YamlSequenceNode { Children.Count: 0 })
            Add(Position(entry.Value), DiagnosticCodes.BadValue, "'side' must name at least one side");
        return [.. sides.Distinct(StringComparer.Ordinal)];
    }

    private string? Https(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps) return text;
        Report(key, DiagnosticCodes.UnsafeLink, $"'{key}' must be a complete https address, not '{text}'");
        return null;
    }

    private Located<DateOnly>? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Located<DateOnly>(date, Position(_values[key].Value));
        Report(key, DiagnosticCodes.BadDate, $"'{key}' must be a real date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    private string? Text(string key) => _values.TryGetValue(key, out var entry) ? Scalar(entry.Value, key) : null;

    private string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim() is { Length: > 0 } trimmed && trimmed != "~") return trimmed;
        Add(Position(node), node is YamlScalarNode ? DiagnosticCodes.BadValue : DiagnosticCodes.WrongType,
            node is YamlScalarNode ? $"'{what}' must not be empty" : $"'{what}' must be text");
        return null;
    }

    private SourcePosition Position(YamlNode node) => new(LineOf(node.Start.Line), (int)Math.Max(node.Start.Column, 1));

    /// <summary>A YAML mark's line as a line of the file.</summary>
    private int LineOf(long yamlLine) => _firstLine + (int)Math.Max(yamlLine, 1) - 1;

    private void Report(string key, string code, string message) => Add(Position(_values[key].Value), code, message);

    private void Add(SourcePosition position, string code, string message) =>
        _diagnostics.Add(Diagnostic.Error(_path, position.Line, position.Column, code, message));
}
