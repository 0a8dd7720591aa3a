using System.Text;

namespace TreatyExplainer.Tests.Properties;

/// <summary>
/// Seeded generators for random sites: alias sets that share words with each other and with the text, and
/// Markdown that puts those words in every place the linker treats differently (emphasis, code, links,
/// headings, lists, quotations, wrapped lines, Cyrillic and CJK).
/// </summary>
public sealed class RandomContent(int seed)
{
    private static readonly string[] Words =
        ["Iturup", "Kuril", "Kurilsk", "Islands", "Lavrov", "Abe", "Abe's", "peace", "treaty", "Peace", "Treaty", "Joint", "Declaration",
         "1956", "the", "of", "and", "talks", "Kono", "summit", "Итуруп", "Курилы", "択捉島", "北方領土", "in", "a", "Habomai", "islets"];

    private readonly Random _random = new(seed);

    public int Seed => seed;

    public sealed record GeneratedEntry(string Id, string Title, IReadOnlyList<(string Name, bool IgnoreCase)> Aliases);

    public List<GeneratedEntry> Entries()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<GeneratedEntry>();
        var count = _random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            var names = new List<(string, bool)>();
            for (var a = 0; a < _random.Next(1, 4); a++)
            {
                var name = Phrase(_random.Next(1, 4));
                if (used.Add(name)) names.Add((name, _random.Next(5) == 0));
            }
            if (names.Count == 0) continue;
            entries.Add(new GeneratedEntry($"entry-{i}", names[0].Item1, names.Skip(1).ToList()));
        }
        return entries;
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        for (var block = 0; block < _random.Next(1, 8); block++)
        {
            text.Append(_random.Next(9) switch
            {
                0 => "## " + Inline() + "\n",
                1 => "- " + Inline() + "\n- " + Inline() + "\n",
                2 => "> " + Inline() + "\n",
                3 => "```\n" + Phrase(4) + "\n```\n",
                4 => Inline() + "\n" + Inline() + "\n",
                _ => Inline() + "\n",
            }).Append('\n');
        }
        return text.ToString();
    }

    private string Inline()
    {
        var text = new StringBuilder();
        for (var part = 0; part < _random.Next(1, 10); part++)
        {
            if (part > 0) text.Append(' ');
            text.Append(_random.Next(12) switch
            {
                0 => "*" + Phrase(2) + "*",
                1 => "**" + Phrase(2) + "**",
                2 => "`" + Phrase(2) + "`",
                3 => "[" + Phrase(2) + "](https://example.org/)",
                4 => "\"" + Phrase(3) + "\"",
                5 => Phrase(2) + ",",
                6 => "(" + Phrase(2) + ")",
                _ => Phrase(_random.Next(1, 4)),
            });
        }
        return text.ToString();
    }

    private string Phrase(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)]));

    public byte[] Bytes()
    {
        var bytes = new byte[_random.Next(0, 2000)];
        _random.NextBytes(bytes);
        // Half the time, start like a real file, so the bytes reach the YAML and Markdown parsers too.
        var header = Encoding.UTF8.GetBytes("---\ntitle: x\nkind: page\n");
        if (_random.Next(2) == 0) header.AsSpan(0, Math.Min(header.Length, bytes.Length)).CopyTo(bytes);
        return bytes;
    }
}
