namespace TreatyExplainer.Cli;

/// <summary>The entry point's logic, callable from tests with any writers.</summary>
public static class App
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool? githubActions = null)
    {
        try
        {
            var command = args.Count > 0 ? args[0] : "";
            // "build --help" asks for help, not for an option named --help with a value.
            if (args.Skip(1).Any(a => a is "--help" or "-h")) command = "help";
            switch (command)
            {
                case "build":
                case "check":
                    var line = CommandLine.Parse(args, CommandLine.BuildOptionNames, CommandLine.BuildFlagNames);
                    if (line.Arguments.Count > 0) throw new UsageException($"unexpected argument '{line.Arguments[0]}'");
                    var annotate = githubActions ?? Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
                    return BuildCommand.Run(line.ToBuildOptions(), write: command == "build", annotate, output, error);
                case "report":
                    return ReportCommand.Run(CommandLine.Parse(args, ReportCommand.OptionNames, ReportCommand.FlagNames), output, error);
                case "serve":
                    return ServeCommand.Run(CommandLine.Parse(args, ServeCommand.OptionNames), output);
                case "new":
                    return NewCommand.Run(CommandLine.Parse(args, NewCommand.OptionNames), output, DateOnly.FromDateTime(DateTime.Now));
                case "bench-corpus":
                    return BenchCorpusCommand.Run(CommandLine.Parse(args, BenchCorpusCommand.OptionNames), output);
                case "--help" or "-h" or "help":
                    output.WriteLine(CommandLine.Usage);
                    return ExitCodes.Success;
                default:
                    throw new UsageException(command.Length == 0 ? "no command given" : $"unknown command '{command}'");
            }
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {Diagnostics.TerminalText.Clean(e.Message)}");
            if (e.ShowUsage) error.WriteLine(CommandLine.Usage);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("TREATYEXPLAINER_DEBUG") != "1")
        {
            // A bug, not bad content: say so in one line; the previous output is untouched because nothing was swapped.
            error.WriteLine($"internal error: {Diagnostics.TerminalText.Clean(e.GetBaseException().Message)}");
            error.WriteLine("This is a bug in TreatyExplainer, not in your content. Set TREATYEXPLAINER_DEBUG=1 for the stack trace.");
            return ExitCodes.ContentErrors;
        }
    }
}
