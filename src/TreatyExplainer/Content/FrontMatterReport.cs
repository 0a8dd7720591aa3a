using TreatyExplainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Content;

/// <summary>Turns positions inside a front-matter block into file positions, and files diagnostics there.</summary>
public sealed class FrontMatterReport(string path, int firstLine, List<Diagnostic> diagnostics)
{
    public string Path => path;

    public int FirstLine => firstLine;

    /// <summary>The file position of a 1-based line and column inside the YAML block.</summary>
    public SourcePosition InFile(int yamlLine, int yamlColumn) => new(firstLine + Math.Max(yamlLine, 1) - 1, Math.Max(yamlColumn, 1));

    public SourcePosition Position(YamlNode node) => InFile((int)node.Start.Line, (int)node.Start.Column);

    public void Report(YamlNode node, string code, string message) => Add(Position(node), code, message);

    public void Add(Mark mark, string code, string message) => Add(InFile((int)mark.Line, (int)mark.Column), code, message);

    public void Add(SourcePosition position, string code, string message) =>
        diagnostics.Add(Diagnostic.Error(path, position.Line, position.Column, code, message));

    public void AddRaw(Diagnostic diagnostic) => diagnostics.Add(diagnostic);
}
