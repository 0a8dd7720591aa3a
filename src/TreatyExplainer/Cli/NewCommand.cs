using System.Globalization;
using System.Text;
using TreatyExplainer.Content;

namespace TreatyExplainer.Cli;

/// <summary>
/// <c>new KIND "Title"</c>: writes a new entry at the path its kind implies, with every front-matter field the kind
/// takes, each explained by a comment from the schema. Never overwrites, and never reuses an id.
/// </summary>
public static class NewCommand
{
    public static readonly IReadOnlyCollection<string> OptionNames = ["--root", "--input", "--seeds", "--id"];

    public static int Run(CommandLine line, TextWriter output, DateOnly today)
    {
        if (line.Arguments.Count != 2)
            throw new UsageException("usage: new KIND \"Title\" [--id ID], for example: new person \"Yohei Kono\"");
        if (!KindExtensions.TryParse(line.Arguments[0], out var kind))
            throw new UsageException($"unknown kind '{line.Arguments[0]}'; expected one of: {string.Join(", ", Enum.GetValues<Kind>().Select(k => k.Name()))}");
        var title = line.Arguments[1].Trim();
        var id = line.Options.GetValueOrDefault("--id") ?? Site.Redirects.Slug(title)
            ?? throw new UsageException($"cannot make an id from '{title}'; give one with --id, like --id yohei-kono");
        if (!UrlPath.IsValidId(id)) throw new UsageException($"'{id}' is not a valid id: lowercase letters, digits and single hyphens");

        var root = Path.GetFullPath(line.Options.GetValueOrDefault("--root") ?? Directory.GetCurrentDirectory());
        var input = Path.GetFullPath(line.Options.GetValueOrDefault("--input") ?? Path.Combine(root, "input"));
        var seeds = Path.GetFullPath(line.Options.GetValueOrDefault("--seeds") ?? Path.Combine(root, "seeds"));
        var folder = kind switch
        {
            Kind.Source => seeds,
            Kind.Page => input,
            _ => Path.Combine(input, kind.Folder()),
        };
        var path = Path.Combine(folder, id + ".md");
        if (File.Exists(path)) throw new UsageException($"'{Path.GetRelativePath(root, path)}' already exists; refusing to overwrite it", showUsage: false);
        var clash = new[] { input, seeds }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, id + ".md", SearchOption.AllDirectories)).FirstOrDefault();
        if (clash is not null) throw new UsageException($"the id '{id}' is already used by {Path.GetRelativePath(root, clash)}; choose another with --id", showUsage: false);

        Directory.CreateDirectory(folder);
        File.WriteAllText(path, Scaffold(kind, title, today));
        output.WriteLine($"Wrote {Path.GetRelativePath(root, path).Replace('\\', '/')}: fill in the fields, then run 'check'.");
        return ExitCodes.Success;
    }

    /// <summary>A new file that builds as it is: required fields filled, optional ones commented out with an example.</summary>
    public static string Scaffold(Kind kind, string title, DateOnly today)
    {
        var text = new StringBuilder("---\n");
        foreach (var field in FrontMatterSchema.Fields.Where(f => f.Kinds.Contains(kind)))
        {
            text.Append("# ").Append(field.Description).Append('\n');
            var required = field.RequiredFor.Contains(kind);
            var value = field.Key switch
            {
                "title" => Quote(title),
                "kind" => kind.Name(),
                "summary" => Quote($"One sentence that says what {title} is and why it matters here."),
                "date" or "published" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "  # replace with the real date",
                "outlet" => Quote("Name of the news outlet"),
                "headline" => Quote("The report's original headline, word for word"),
                "type" when kind == Kind.Reference => "scholarly  # or treaty-text, official-statement (add side), official-record (add side), news, reference-work",
                _ => field.Example,
            };
            // A reference needs a publisher or an author; the publisher is the one nearly every work has.
            var filled = required || field.Key is "title" or "kind" || (kind == Kind.Reference && field.Key == "publisher");
            text.Append(filled ? "" : "# ").Append(field.Key).Append(": ").Append(value).Append('\n');
        }
        text.Append("---\n");
        text.Append(kind.IsGlossary()
            ? $"{title} is … (start with one sentence that says what this is; write 150 words or more).\n"
            : $"Write the text of this page in Markdown.\n");
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
