using System.Globalization;
using TreatyExplainer.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>Reads typed values out of one front-matter mapping, reporting a wrong type or value at the node at fault.</summary>
public sealed class FieldReader(IReadOnlyDictionary<string, (YamlNode Key, YamlNode Value)> values, FrontMatterReport report)
{
    public FrontMatterReport Report => report;

    public bool Has(string key) => values.ContainsKey(key);

    public YamlNode? Node(string key) => values.TryGetValue(key, out var entry) ? entry.Value : null;

    public string? Text(string key) => Node(key) is { } node ? ScalarText(node, key) : null;

    public string? ScalarText(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            report.Report(node, DiagnosticCodes.WrongType, $"'{what}' must be text, not a {Describe(node)}");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value == "~"))
        {
            report.Report(node, DiagnosticCodes.BadValue, $"'{what}' must not be empty");
            return null;
        }
        return value;
    }

    public IReadOnlyList<Located<string>> TextList(string key)
    {
        if (Node(key) is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            report.Report(node, DiagnosticCodes.WrongType, $"'{key}' must be a list, like [a, b], not a {Describe(node)}");
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (ScalarText(item, key + " item") is { } text) items.Add(new(text, report.Position(item)));
        }
        return items;
    }

    public IReadOnlyList<Located<string>> Paths(string key)
    {
        var paths = new List<Located<string>>();
        foreach (var path in TextList(key))
        {
            if (UrlPath.IsSafeSitePath(path.Value)) paths.Add(path);
            else report.Add(path.Position, DiagnosticCodes.BadValue, $"'{path.Value}' is not a site path: write /lowercase-words/ with letters, digits and hyphens only");
        }
        return paths;
    }

    public bool Boolean(YamlNode node, string what)
    {
        var text = ScalarText(node, what);
        if (text is "true") return true;
        if (text is "false") return false;
        if (text is not null) report.Report(node, DiagnosticCodes.WrongType, $"'{what}' must be true or false");
        return false;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        report.Report(Node(key)!, DiagnosticCodes.BadDate, $"'{key}' must be a real date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public double? Number(string key, double min, double max)
    {
        var text = Text(key);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            report.Report(Node(key)!, DiagnosticCodes.WrongType, $"'{key}' must be a number, not '{text}'");
            return null;
        }
        if (number < min || number > max)
        {
            report.Report(Node(key)!, DiagnosticCodes.BadValue, $"'{key}' must lie between {min} and {max}");
            return null;
        }
        return number;
    }

    public string? AbsoluteUrl(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return text;
        report.Report(Node(key)!, DiagnosticCodes.UnsafeLink, $"'{key}' must be a complete http or https address, not '{text}'");
        return null;
    }

    public string? Layout()
    {
        var text = Text("layout");
        if (text is null || FrontMatterSchema.Layouts.Contains(text)) return text;
        report.Report(Node("layout")!, DiagnosticCodes.UnknownLayout, $"unknown layout '{text}'; expected one of: {string.Join(", ", FrontMatterSchema.Layouts)}");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };
}
