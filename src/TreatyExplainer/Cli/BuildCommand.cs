using System.Globalization;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;

namespace TreatyExplainer.Cli;

/// <summary><c>build</c> and <c>check</c>: run the pipeline, print what it found, and say what was done.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, bool write, bool githubActions, TextWriter output, TextWriter error)
    {
        var result = new SitePipeline(options).Run(write ? OutputMode.Disk : OutputMode.None);
        DiagnosticPrinter.Print(result.Diagnostics, error, githubActions);
        if (Environment.GetEnvironmentVariable("TREATYEXPLAINER_TIMINGS") == "1") error.WriteLine("timings: " + result.Timings);

        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var ms = ((long)result.Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            error.WriteLine(write
                ? $"Build failed: {errors} error(s), {warnings} warning(s); nothing was written, the previous output is untouched ({ms} ms)."
                : $"Check failed: {errors} error(s), {warnings} warning(s) ({ms} ms).");
            return ExitCodes.ContentErrors;
        }
        var changed = write ? $" ({result.Written.Written} files written, {result.Written.Deleted} removed)" : "";
        output.WriteLine($"{(write ? "Wrote" : "Checked")} {result.Pages} pages{changed} with {result.Links} links, {warnings} warning(s), in {ms} ms.");
        return ExitCodes.Success;
    }
}
