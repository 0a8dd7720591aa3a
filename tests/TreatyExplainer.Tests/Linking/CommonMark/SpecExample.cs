using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Linking.CommonMark;

/// <summary>One example of the CommonMark spec: its number, section, Markdown and the HTML the spec expects.</summary>
public sealed record SpecExample(int Number, string Section, string Markdown, string Html)
{
    private const string Fence = "````````````````````````````````";

    public static string SpecPath => Path.Combine(Repo.Root, "tests", "TreatyExplainer.Tests", "Linking", "CommonMark", "spec.txt");

    /// <summary>Every example in spec.txt, numbered from 1 as the spec numbers them; '→' stands for a tab there.</summary>
    public static IReadOnlyList<SpecExample> All { get; } = Read(File.ReadAllText(SpecPath));

    private static List<SpecExample> Read(string spec)
    {
        var examples = new List<SpecExample>();
        var lines = spec.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#').Trim();
            if (lines[i] != Fence + " example") continue;
            var markdown = new List<string>();
            for (i++; lines[i] != "."; i++) markdown.Add(lines[i]);
            var html = new List<string>();
            for (i++; lines[i] != Fence; i++) html.Add(lines[i]);
            examples.Add(new SpecExample(examples.Count + 1, section, Tabs(markdown), Tabs(html)));
        }
        return examples;
    }

    private static string Tabs(List<string> lines) => lines.Count == 0 ? "" : string.Join('\n', lines).Replace('→', '\t') + "\n";
}
