using System.Globalization;
using System.Text;

namespace TreatyExplainer.Bench;

/// <summary>
/// Writes a synthetic site for benchmarks and stress tests: pages of realistic length with headings, lists and
/// links, glossary entries with one to four aliases (some Cyrillic, some CJK), and mentions at a realistic density.
/// The same seed always gives the same bytes.
/// </summary>
public sealed class CorpusGenerator(int pages, int entities, int seed = 20261123)
{
    private static readonly string[] Syllables = ["ka", "to", "ri", "mo", "sa", "ne", "vo", "lu", "ta", "mi", "ko", "ra", "shi", "ne", "ya", "da", "be", "zu", "po", "ge"];
    private static readonly string[] CyrillicSyllables = ["ка", "то", "ри", "мо", "са", "не", "во", "лу", "та", "ми", "ко", "ра", "ши", "не", "я", "да", "бе", "дзу", "по", "ге"];
    private static readonly string[] Kanji = ["択", "捉", "国", "後", "色", "丹", "歯", "舞", "島", "千", "群", "北", "海", "道", "根", "室", "樺", "太", "宣", "言"];
    private static readonly string[] Kinds = ["island", "person", "treaty", "term", "event"];
    private static readonly string[] Words = ("the talks on a peace treaty went on for many years while both governments kept their positions " +
        "and officials met in capitals and at summits to discuss fishing rights visits by former residents trade and security " +
        "in the region with statements issued after each round of meetings and reports in the press of both countries").Split(' ');

    private readonly Random _random = new(seed);

    public void Write(string folder)
    {
        var entries = Enumerable.Range(0, entities).Select(NewEntity).ToList();
        foreach (var entity in entries)
            WriteFile(folder, $"input/{entity.Folder}/{entity.Id}.md", EntityFile(entity, entries));
        WriteFile(folder, "input/index.md", "---\ntitle: Benchmark corpus\nkind: page\n---\nA synthetic site.\n");
        for (var i = 0; i < pages; i++)
            WriteFile(folder, $"input/pages/page-{i:D5}.md", PageFile(i, entries));
        Directory.CreateDirectory(Path.Combine(folder, "seeds"));
    }

    private sealed record Entity(string Id, string Kind, string Folder, string Title, string[] Aliases);

    private Entity NewEntity(int index)
    {
        var kind = Kinds[index % Kinds.Length];
        var first = Name(2);
        var last = Name(3);
        var title = $"{Capital(first)} {Capital(last)} {index.ToString(CultureInfo.InvariantCulture)}";
        var aliases = new List<string> { $"{Capital(last)}{index.ToString(CultureInfo.InvariantCulture)}" };
        var extra = _random.Next(0, 4);
        if (extra >= 1) aliases.Add(Cyrillic(index));
        if (extra >= 2) aliases.Add(string.Concat(Enumerable.Range(0, 3).Select(_ => Kanji[_random.Next(Kanji.Length)])) + index.ToString(CultureInfo.InvariantCulture));
        if (extra >= 3) aliases.Add($"the {Capital(first)} {index.ToString(CultureInfo.InvariantCulture)} affair");
        var folder = kind switch { "island" => "islands", "person" => "people", "treaty" => "treaties", "term" => "terms", _ => "events" };
        return new Entity($"entity-{index:D5}", kind, folder, title, [.. aliases]);
    }

    private string EntityFile(Entity entity, List<Entity> all)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(entity.Title).Append("\nkind: ").Append(entity.Kind)
            .Append("\nsummary: A synthetic ").Append(entity.Kind).Append(" for benchmarks.\naliases: [")
            .AppendJoin(", ", entity.Aliases.Select(a => $"\"{a}\"")).Append("]\n");
        if (entity.Kind is "treaty" or "event")
            text.Append("date: ").Append(new DateOnly(1855, 1, 1).AddDays(_random.Next(0, 60000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("---\n");
        for (var p = 0; p < 3; p++) text.Append(Paragraph(60, all)).Append("\n\n");
        return text.ToString();
    }

    private string PageFile(int index, List<Entity> all)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: Page ").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\nkind: page\nsummary: A synthetic page.\n---\n");
        for (var section = 0; section < 4; section++)
        {
            text.Append("## Section ").Append(section + 1).Append("\n\n");
            text.Append(Paragraph(70, all)).Append("\n\n");
            for (var item = 0; item < 3; item++) text.Append("- ").Append(Paragraph(12, all)).Append('\n');
            text.Append('\n').Append(Paragraph(50, all)).Append(' ');
            text.Append("See [an earlier page](xref:page-").Append(Math.Max(0, index - 1 - section).ToString("D5", CultureInfo.InvariantCulture)).Append(") and [a report](https://example.org/report/").Append(index).Append(").\n\n");
        }
        return text.ToString();
    }

    /// <summary>About one mention in every 25 words, as in the real content.</summary>
    private string Paragraph(int words, List<Entity> all)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(' ');
            if (all.Count > 0 && _random.Next(25) == 0)
            {
                var entity = all[_random.Next(all.Count)];
                var names = entity.Aliases.Prepend(entity.Title).ToArray();
                text.Append(names[_random.Next(names.Length)]);
            }
            else
            {
                text.Append(Words[_random.Next(Words.Length)]);
            }
        }
        return text.Append('.').ToString();
    }

    private string Name(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    private string Cyrillic(int index)
    {
        var name = string.Concat(Enumerable.Range(0, 3).Select(_ => CyrillicSyllables[_random.Next(CyrillicSyllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..] + index.ToString(CultureInfo.InvariantCulture);
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static void WriteFile(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
