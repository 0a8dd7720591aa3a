using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TreatyExplainer.Citations;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Site;

namespace TreatyExplainer.Cli;

/// <summary><c>report [--json]</c>: builds in memory, then prints what an editor should look at, as text or as JSON for CI.</summary>
public static class ReportCommand
{
    public static readonly IReadOnlyCollection<string> OptionNames = CommandLine.BuildOptionNames;

    public static readonly IReadOnlyCollection<string> FlagNames = ["--json"];

    private static readonly ReportJson Json = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    });

    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        if (line.Arguments.Count > 0) throw new UsageException($"unexpected argument '{line.Arguments[0]}'");
        var json = line.Options.ContainsKey("--json");
        var result = new SitePipeline(line.ToBuildOptions() with { CandidateNames = true }).Run(OutputMode.None);
        DiagnosticPrinter.Print([.. result.Diagnostics.Where(d => d.IsError)], error, githubActions: false);
        if (!result.Succeeded || result.Model is null)
        {
            error.WriteLine("The site has errors; fix them, then ask for the report again.");
            return ExitCodes.ContentErrors;
        }
        var report = EditorReportBuilder.Build(result.Model);
        if (json) output.WriteLine(JsonSerializer.Serialize(report, Json.EditorReport));
        else WriteText(report, output);
        return ExitCodes.Success;
    }

    private static void WriteText(EditorReport report, TextWriter output)
    {
        output.WriteLine("Uncited paragraphs (60+ words in island, treaty and event pages)");
        foreach (var page in report.Pages.Where(p => p.UncitedParagraphs.Count > 0))
            output.WriteLine(Invariant($"  {page.Path}: {page.UncitedParagraphs.Count}, the first at line {page.UncitedParagraphs[0].Line}: '{page.UncitedParagraphs[0].Opening}'"));
        output.WriteLine("Stale phrases");
        foreach (var page in report.Pages)
        {
            foreach (var phrase in page.StalePhrases) output.WriteLine(Invariant($"  {page.Path}:{phrase.Line}:{phrase.Column}: '{phrase.Phrase}'"));
        }
        output.WriteLine("References by side");
        foreach (var page in report.Pages.Where(p => p.ReferencesBySide.Count > 0))
            output.WriteLine($"  {page.Path}: {string.Join(", ", page.ReferencesBySide.Select(s => Invariant($"{s.Key} {s.Value}")))}");
        output.WriteLine("References cited nowhere");
        foreach (var path in report.UncitedReferences) output.WriteLine("  " + path);
        output.WriteLine(Invariant($"Candidate entries (names on {EditorReportBuilder.CandidatePages}+ pages with no entry)"));
        foreach (var candidate in report.Candidates) output.WriteLine(Invariant($"  {candidate.PageCount,3} pages  {candidate.Name}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

[JsonSerializable(typeof(EditorReport))]
internal sealed partial class ReportJson : JsonSerializerContext;
