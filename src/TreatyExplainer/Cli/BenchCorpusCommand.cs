using System.Globalization;
using TreatyExplainer.Bench;

namespace TreatyExplainer.Cli;

/// <summary><c>bench-corpus --pages N --entities M --out DIR</c>: writes a synthetic site with the theme beside it, ready to build.</summary>
public static class BenchCorpusCommand
{
    public static readonly IReadOnlyCollection<string> OptionNames = ["--pages", "--entities", "--out", "--seed", "--theme"];

    public static int Run(CommandLine line, TextWriter output)
    {
        var pages = Number(line, "--pages", 60);
        var entities = Number(line, "--entities", 1000);
        var seed = Number(line, "--seed", 20261123);
        var folder = line.Options.GetValueOrDefault("--out") ?? throw new UsageException("bench-corpus needs --out DIR");
        var theme = line.Options.GetValueOrDefault("--theme") ?? Path.Combine(Directory.GetCurrentDirectory(), "theme");
        if (!Directory.Exists(theme)) throw new UsageException($"the theme folder '{theme}' does not exist; give --theme DIR");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"'{folder}' is not empty; bench-corpus writes only into a new or empty folder");

        new CorpusGenerator(pages, entities, seed).Write(folder);
        CopyFolder(theme, Path.Combine(folder, "theme"));
        output.WriteLine($"Wrote {pages} pages and {entities} entities to {folder}.");
        return ExitCodes.Success;
    }

    private static int Number(CommandLine line, string option, int fallback)
    {
        if (!line.Options.TryGetValue(option, out var text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1_000_000) return value;
        throw new UsageException($"{option} takes a whole number from 0 to 1000000, not '{text}'");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
