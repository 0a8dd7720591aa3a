using System.Text;
using TreatyExplainer.Site;

namespace TreatyExplainer.Benchmarks;

/// <summary>Aliases and running text for the matcher benchmarks: Latin, Cyrillic and CJK names, about one mention in 25 words.</summary>
public static class SyntheticText
{
    private static readonly string[] Syllables = ["ka", "to", "ri", "mo", "sa", "ne", "vo", "lu", "ta", "mi", "ko", "ra", "shi", "ya", "da", "be", "zu", "po", "ge", "nu"];
    private static readonly string[] Words = "the talks on a peace treaty went on for many years while both governments kept their positions and officials met in capitals".Split(' ');

    public static List<EntryName> Aliases(int count, int seed = 7)
    {
        var random = new Random(seed);
        var patterns = new List<EntryName>(count);
        for (var i = 0; i < count; i++)
        {
            var name = (i % 10) switch
            {
                0 => "Кури" + Name(random) + i,
                1 => "択捉" + (char)('一' + i % 500),
                _ => Capitalised(Name(random)) + i + (i % 3 == 0 ? " " + Name(random) : ""),
            };
            patterns.Add(new EntryName(name, i, IgnoreCase: i % 7 == 0));
        }
        return patterns;
    }

    public static string Text(List<EntryName> aliases, int chars, int seed = 11)
    {
        var random = new Random(seed);
        var text = new StringBuilder(chars + 64);
        while (text.Length < chars)
        {
            text.Append(random.Next(25) == 0 ? aliases[random.Next(aliases.Count)].Text : Words[random.Next(Words.Length)]);
            text.Append(random.Next(12) == 0 ? ". " : " ");
        }
        return text.ToString();
    }

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string Name(Random random) =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
