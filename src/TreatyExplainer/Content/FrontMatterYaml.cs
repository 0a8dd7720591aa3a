using TreatyExplainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>
/// Loads a front-matter block into a YAML mapping. Every way the text can fail, including ways that make
/// YamlDotNet throw something other than a <see cref="YamlException"/>, becomes a positioned diagnostic.
/// </summary>
public static class FrontMatterYaml
{
    /// <summary>Real front matter nests three levels at most; this leaves room and keeps YamlDotNet's recursion far from the stack's end.</summary>
    public const int MaxDepth = 32;

    public static YamlMappingNode? Load(string yaml, FrontMatterReport report)
    {
        if (FindTabIndent(yaml) is { } tab)
        {
            report.Add(report.InFile(tab.Line, tab.Column), DiagnosticCodes.YamlSyntax, "front matter is not valid YAML: a tab is used for indentation; indent with spaces");
            return null;
        }
        var shape = YamlShapeScanner.Scan(yaml, MaxDepth);
        if (shape.TooDeep is { } deep)
        {
            report.Add(report.InFile(deep.Line, deep.Column), DiagnosticCodes.YamlTooDeep,
                $"front matter nests more than {MaxDepth} levels deep (brackets, braces, '- ' or indentation); flatten it");
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
            ReportSyntax(yaml, shape, (int)e.Start.Line, (int)e.Start.Column, message, report);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the parser runs in here, on untrusted text. For some input (a comment inside a multi-line [ ] list) it throws
            // InvalidOperationException with no position; any exception from it is a content error, never a crash.
            ReportSyntax(yaml, shape, 0, 0, e.Message, report);
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            report.Add(new SourcePosition(report.FirstLine - 1, 1), DiagnosticCodes.MissingKey, "front matter is empty: 'title' and 'kind' are required");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            report.Report(stream.Documents[0].RootNode, DiagnosticCodes.WrongType, "front matter must be a set of 'key: value' lines");
            return null;
        }
        return mapping;
    }

    /// <summary>Puts the error where the editor must act: at an opening bracket or quote left open, at a comment inside a list, or at the parser's own mark with a hint.</summary>
    private static void ReportSyntax(string yaml, YamlShape shape, int line, int column, string parserMessage, FrontMatterReport report)
    {
        const string Prefix = "front matter is not valid YAML: ";
        if (shape.CommentInFlow is { } comment && (line == 0 || line >= comment.Line))
        {
            report.Add(report.InFile(comment.Line, comment.Column), DiagnosticCodes.YamlSyntax,
                Prefix + "a comment cannot stand inside a [ ] or { } list that spans lines; move it above the key");
            return;
        }
        if (shape.Unclosed is { } open && (line == 0 || (line, column).CompareTo((open.Line, open.Column)) >= 0))
        {
            var closer = open.Symbol switch { '[' => "']'", '{' => "'}'", _ => $"the closing {open.Symbol}" };
            var what = open.Symbol is '[' or '{' ? $"this '{open.Symbol}'" : "this quote";
            report.Add(report.InFile(open.Line, open.Column), DiagnosticCodes.YamlSyntax, $"{Prefix}{what} is never closed; add {closer}");
            return;
        }
        report.Add(report.InFile(line, column), DiagnosticCodes.YamlSyntax, Prefix + parserMessage.TrimEnd('.') + ColonHint(yaml, line));
    }

    /// <summary>"title: Kuril Islands: a history" reads as a key inside a value; the cure is quotes, which the raw parser message never says.</summary>
    private static string ColonHint(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length) return "";
        var text = lines[line - 1].TrimStart(' ', '-');
        var separator = text.IndexOf(": ", StringComparison.Ordinal);
        if (separator <= 0) return "";
        var value = text[(separator + 2)..].Trim();
        if (value.Length == 0 || value[0] is '"' or '\'' or '[' or '{' || !(value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))) return "";
        var key = text[..separator];
        return $"; a value that contains ': ' must be quoted, like {key}: \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>YAML forbids tabs in indentation, and the parser places that error at the mapping, not at the tab.</summary>
    private static SourcePosition? FindTabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return new SourcePosition(i + 1, tab + 1);
        }
        return null;
    }
}
