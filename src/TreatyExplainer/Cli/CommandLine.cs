using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Cli;

/// <summary>A parsed command line: the command, its options, and whatever it leaves unread.</summary>
public sealed record CommandLine(string Command, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Arguments)
{
    public const string Usage = """
        Usage: TreatyExplainer <command> [options]

        Commands:
          build    build seeds/ and input/ with theme/ into output/
          check    do everything build does except writing
          report [--json]  what an editor should look at: uncited paragraphs,
                   stale phrases, each page's references by side, uncited
                   references, and names that may need an entry
          new KIND "Title"  write a new entry (island, person, treaty, term, event,
                   source or page) with every field explained
          serve    build, serve on http://localhost:5080 (--port), rebuild on save
          bench-corpus --pages N --entities M --out DIR
                   write a synthetic site for benchmarks

        Options:
          --root DIR       project root (default: the current directory)
          --input DIR      Markdown pages and entries (default: ROOT/input)
          --seeds DIR      source documents (default: ROOT/seeds)
          --theme DIR      templates and assets (default: ROOT/theme)
          --output DIR     where the site is written (default: ROOT/output)
          --base-url URL   the address the site is served from (default: /)
          --autolink off   leave mentions unlinked (for like-for-like benchmarks only)
          --strict         warnings fail the build too, except those accepted in the
                           baseline; alias --warnings-as-errors
          --baseline FILE  accepted warnings for --strict, one 'path: CODE: message' a line
                           (default: ROOT/.ci/known-warnings.txt when it exists)
          --today DATE     judge freshness against YYYY-MM-DD (default:
                           SOURCE_DATE_EPOCH, else the clock)
        """;

    private static readonly string[] FolderOptions = ["--root", "--input", "--seeds", "--theme", "--output", "--base-url", "--autolink", "--baseline", "--today"];

    private static readonly string[] StrictFlags = ["--strict", "--warnings-as-errors"];

    /// <summary>Options, some of which may be flags: options without a value, stored as "true".</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> allowedOptions, IReadOnlyCollection<string>? flags = null)
    {
        if (args.Count == 0) throw new UsageException("no command given");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add(arg);
                continue;
            }
            var flag = flags?.Contains(arg.Split('=')[0]) == true;
            if (flag && arg.Contains('=', StringComparison.Ordinal)) throw new UsageException($"option '{arg.Split('=')[0]}' takes no value");
            var (name, value) = flag ? (arg, "true") : SplitOption(arg, args, ref i);
            if (!flag && string.IsNullOrWhiteSpace(value)) throw new UsageException($"option '{name}' needs a value, not an empty one");
            if (!flag && !allowedOptions.Contains(name)) throw new UsageException($"unknown option '{name}' for '{args[0]}'");
            if (!options.TryAdd(name, value)) throw new UsageException($"option '{name}' is given twice");
        }
        return new CommandLine(args[0], options, arguments);
    }

    public static IReadOnlyCollection<string> BuildOptionNames => FolderOptions;

    public static IReadOnlyCollection<string> BuildFlagNames => StrictFlags;

    /// <summary>Build options from the command line, with every given folder checked to exist.</summary>
    public BuildOptions ToBuildOptions()
    {
        var root = Options.GetValueOrDefault("--root") ?? Directory.GetCurrentDirectory();
        var options = BuildOptions.Resolve(root,
            Options.GetValueOrDefault("--input"),
            Options.GetValueOrDefault("--seeds"),
            Options.GetValueOrDefault("--theme"),
            Options.GetValueOrDefault("--output"),
            Options.GetValueOrDefault("--base-url") ?? "/");
        RequireFolder(options.Root, "root");
        RequireFolder(options.Input, "input");
        RequireFolder(options.Theme, "theme");
        if (Options.ContainsKey("--seeds")) RequireFolder(options.Seeds, "seeds");
        if (Site.SiteUrls.Problem(options.BaseUrl) is { } problem)
            throw new UsageException($"--base-url '{options.BaseUrl}' {problem}");
        OutputGuard.Check(options);
        var (today, badDate) = BuildDate.Resolve(Options.GetValueOrDefault("--today"), Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), DateTime.UtcNow);
        if (badDate is not null) throw new UsageException(badDate);
        return options with { Strict = StrictBaseline(options.Root), Today = today, AutoLink = Options.GetValueOrDefault("--autolink") switch
        {
            null or "on" => true,
            "off" => false,
            var other => throw new UsageException($"--autolink takes 'on' or 'off', not '{other}'"),
        } };
    }

    /// <summary>The baseline a strict build checks against: the given file, the project's default one, or none accepted.</summary>
    private WarningBaseline? StrictBaseline(string root)
    {
        var strict = StrictFlags.Any(Options.ContainsKey);
        var given = Options.GetValueOrDefault("--baseline");
        if (!strict)
        {
            return given is null ? null : throw new UsageException("--baseline applies only with --strict");
        }
        var path = Path.GetFullPath(given ?? Path.Combine(root, WarningBaseline.DefaultPath));
        if (given is not null && !File.Exists(path)) throw new UsageException($"the baseline file '{given}' does not exist");
        var name = Path.GetRelativePath(root, path).Replace('\\', '/');
        return File.Exists(path) ? WarningBaseline.Parse(name, File.ReadAllText(path)) : new WarningBaseline(name, []);
    }

    private static (string Name, string Value) SplitOption(string arg, IReadOnlyList<string> args, ref int i)
    {
        var equals = arg.IndexOf('=');
        if (equals > 0) return (arg[..equals], arg[(equals + 1)..]);
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            throw new UsageException($"option '{arg}' needs a value");
        i++;
        return (arg, args[i]);
    }

    private static void RequireFolder(string path, string what)
    {
        if (!Directory.Exists(path)) throw new UsageException($"the {what} folder '{path}' does not exist");
    }
}
