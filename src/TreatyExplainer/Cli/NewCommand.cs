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

    /// <summary>Page ids <c>new</c> refuses: URLs the site uses itself, the home page, and the timeline.</summary>
    private static readonly HashSet<string> ReservedPageIds = [.. Site.SiteIndex.ReservedPageIds, "index", "timeline"];

    public static int Run(CommandLine line, TextWriter output, DateOnly today)
    {
        if (line.Arguments.Count != 2)
            throw new UsageException("usage: new KIND \"Title\" [--id ID], for example: new person \"Yohei Kono\"");
        if (!KindExtensions.TryParse(line.Arguments[0], out var kind))
            throw new UsageException($"unknown kind '{line.Arguments[0]}'; expected one of: {string.Join(", ", Enum.GetValues<Kind>().Select(k => k.Name()))}");
        var title = line.Arguments[1].Trim();
        if (title.Length == 0) throw new UsageException("the title is empty");
        if (title.Any(IsLineBreakOrControl))
            throw new UsageException("the title holds a line break or another control character; give it on one line", showUsage: false);
        var id = line.Options.GetValueOrDefault("--id") ?? Site.Redirects.Slug(title)
            ?? throw new UsageException($"cannot make an id from '{title}'; give one with --id, like --id yohei-kono");
        if (!UrlPath.IsValidId(id)) throw new UsageException($"'{id}' is not a valid id: lowercase letters, digits and single hyphens");
        if (kind == Kind.Page && ReservedPageIds.Contains(id))
            throw new UsageException($"the id '{id}' is reserved: the site uses /{(id == "index" ? "" : id + "/")} itself; choose another with --id", showUsage: false);

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
        output.WriteLine($"Wrote {Path.GetRelativePath(root, path).Replace('\\', '/')}: write the real text wherever it says '{Placeholder.Marker}', then run 'check'.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// A new file with the required fields filled and the optional ones commented out, each with an example for the
    /// kind. Every text the editor must write starts with <see cref="Placeholder.Marker"/>, which fails the build
    /// until it is replaced.
    /// </summary>
    public static string Scaffold(Kind kind, string title, DateOnly today)
    {
        var todo = Placeholder.Marker + " ";
        var text = new StringBuilder("---\n");
        foreach (var field in FrontMatterSchema.Fields.Where(f => f.Kinds.Contains(kind)))
        {
            text.Append("# ").Append(field.Description).Append('\n');
            var required = field.RequiredFor.Contains(kind);
            var value = field.Key switch
            {
                "title" => Quote(title),
                "kind" => kind.Name(),
                "summary" => Quote($"{todo}one sentence on {Prompt(kind, title)}."),
                "date" or "published" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"  # {todo}the real date",
                "outlet" => Quote($"{todo}the name of the news outlet"),
                "headline" => Quote($"{todo}the report's original headline, word for word"),
                "type" when kind == Kind.Reference => "scholarly  # or treaty-text, official-statement (add side), official-record (add side), news, reference-work",
                _ => FieldExamples.For(kind, field),
            };
            // A reference needs a publisher or an author; the publisher is the one nearly every work has.
            var filled = required || field.Key is "title" or "kind" || (kind == Kind.Reference && field.Key == "publisher");
            text.Append(filled ? "" : "# ").Append(field.Key).Append(": ").Append(value).Append('\n');
        }
        text.Append("---\n").Append(kind switch
        {
            Kind.Source => $"{todo}a digest of the report in our own words, with a few short quotes, each attributed.\n",
            Kind.Page => $"{todo}the text of this page, in Markdown: {Prompt(kind, title)}.\n",
            Kind.Reference => $"{todo}in our own words, {Prompt(kind, title)}.\n",
            _ => $"{todo}{title} is … (start with one sentence on {Prompt(kind, title)}; then write 150 words or more, with ## headings).\n",
        });
        return text.ToString();
    }

    /// <summary>What the first sentence of an entry of this kind should say.</summary>
    private static string Prompt(Kind kind, string title) => kind switch
    {
        Kind.Island => $"where {title} is and what it means in the dispute",
        Kind.Person => $"who {title} is and what part they play in the dispute",
        Kind.Treaty => $"what {title} settled, who signed it and when, and what it says about the islands",
        Kind.Term => $"what {title} means, and who uses the term",
        Kind.Event => $"what happened in {title}, and what it changed",
        Kind.Source => "what the report says",
        Kind.Reference => "what this document is, which copy is cited, and what in it matters to the dispute",
        _ => "what a reader finds here",
    };

    /// <summary>A line break inside the title would end the YAML value and let the rest become keys.</summary>
    private static bool IsLineBreakOrControl(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>A YAML double-quoted scalar; control characters never reach here.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
