using System.Text.RegularExpressions;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Architecture;

/// <summary>
/// Data flows one way through the generator, and the namespaces say so: no feature folder depends, directly or
/// through others, on one that depends on it. A dependency is a <c>using TreatyExplainer.X</c> directive, or a
/// type written with its namespace (<c>Rendering.Dates</c>, <c>TreatyExplainer.Map.MapRenderer</c>), which
/// needs no directive and would otherwise hide an edge.
/// </summary>
public sealed partial class NamespaceGraphTests
{
    private const string Root = "TreatyExplainer";

    [Fact]
    public void NamespacesDependOneWay()
    {
        var graph = Graph();

        var cycles = Cycles(graph);

        Assert.True(cycles.Count == 0, "namespace cycles: " + string.Join("; ", cycles.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void DirectivesAndQualifiedTypeNamesAreEdgesButCommentsStringsAndMemberAccessesAreNot()
    {
        const string code = """
            using TreatyExplainer.Content;

            namespace TreatyExplainer.Site;

            // Checks.SiteChecker in a comment is no edge.
            public static class Sample
            {
                private const string Text = "Serve.ServeHost";
                public static string Day(System.DateOnly d) => Rendering.Dates.Iso(d) + TreatyExplainer.Map.MapRenderer.Legend;
                public static object Member(dynamic result) => result.Cli.App;
            }
            """;

        var (from, uses) = DependenciesOf(code, TypesByNamespace());

        Assert.Equal("Site", from);
        Assert.Equal(["Content", "Map", "Rendering"], uses.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CycleFinderReportsACycleThroughThreeNamespaces()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        var cycle = Assert.Single(Cycles(graph));

        Assert.Equal(["A", "B", "C", "A"], cycle);
    }

    /// <summary>Feature namespace to the feature namespaces its files use, read from every .cs file under src/.</summary>
    private static Dictionary<string, HashSet<string>> Graph()
    {
        var types = TypesByNamespace();
        var graph = types.Keys.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", Root), "*.cs", SearchOption.AllDirectories))
        {
            var (from, uses) = DependenciesOf(File.ReadAllText(file), types);
            if (from.Length > 0) graph[from].UnionWith(uses);
        }
        return graph;
    }

    private static Dictionary<string, HashSet<string>> TypesByNamespace() =>
        typeof(SitePipeline).Assembly.GetTypes()
            .Where(t => Feature(t.Namespace ?? "").Length > 0 && !t.IsNested && !t.Name.Contains('<'))
            .GroupBy(t => Feature(t.Namespace!))
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal));

    /// <summary>The file's feature namespace and the other feature namespaces it uses.</summary>
    private static (string From, HashSet<string> Uses) DependenciesOf(string source, Dictionary<string, HashSet<string>> types)
    {
        var code = CommentOrString().Replace(source, " ");
        var from = FileNamespace().Match(code) is { Success: true } declared ? Feature(declared.Groups[1].Value) : "";
        var uses = UsingDirective().Matches(code).Select(m => Feature(m.Groups[1].Value))
            .Concat(QualifiedName().Matches(code)
                .Where(m => types.TryGetValue(m.Groups[1].Value, out var declaredTypes) && declaredTypes.Contains(m.Groups[2].Value))
                .Select(m => m.Groups[1].Value))
            .Where(to => to.Length > 0 && to != from)
            .ToHashSet(StringComparer.Ordinal);
        return (from, uses);
    }

    /// <summary>"TreatyExplainer.Site.X" is "Site"; the root namespace itself is "".</summary>
    private static string Feature(string ns) =>
        ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : "";

    /// <summary>Every elementary cycle found by depth-first search from each node in name order, each reported once.</summary>
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var found = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            Walk(start);

            void Walk(string node)
            {
                foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
                {
                    if (next == start)
                    {
                        List<string> cycle = [.. path, start];
                        if (seen.Add(string.Join(",", path.Order(StringComparer.Ordinal)))) found.Add(cycle);
                    }
                    else if (!path.Contains(next) && string.CompareOrdinal(next, start) > 0)
                    {
                        path.Add(next);
                        Walk(next);
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }
        }
        return found;
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|"""""".*?""""""|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(TreatyExplainer\.[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    /// <summary>"Rendering.Dates" or "TreatyExplainer.Map.MapRenderer", not preceded by a member access such as "result.".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:TreatyExplainer\.)?([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex QualifiedName();
}
