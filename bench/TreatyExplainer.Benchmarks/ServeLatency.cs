using System.Diagnostics;
using System.Globalization;
using TreatyExplainer.Bench;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Serve;

namespace TreatyExplainer.Benchmarks;

/// <summary>
/// Save-to-served latency of <c>serve</c>: starts the real <see cref="ServeHost"/> on a copy of a site, edits one page's
/// body, and polls the served HTML until the edit shows. Prints each run and the median.
///   dotnet run -c Release --project bench/TreatyExplainer.Benchmarks -- serve-latency --site . [--runs 11] [--mode full] [--log 1]
///   dotnet run -c Release --project bench/TreatyExplainer.Benchmarks -- serve-latency --pages 10000 --entities 1000
/// </summary>
public static class ServeLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        var runs = int.Parse(options.GetValueOrDefault("--runs", "11"), CultureInfo.InvariantCulture);
        var work = Path.Combine(Path.GetTempPath(), "te-serve-latency-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string page;
            if (options.TryGetValue("--site", out var site))
            {
                foreach (var folder in new[] { "input", "seeds", "theme" }) Copy(Path.Combine(site, folder), Path.Combine(work, folder));
                page = options.GetValueOrDefault("--page", "input/islands/iturup.md");
            }
            else
            {
                var pages = int.Parse(options.GetValueOrDefault("--pages", "10000"), CultureInfo.InvariantCulture);
                var entities = int.Parse(options.GetValueOrDefault("--entities", "1000"), CultureInfo.InvariantCulture);
                new CorpusGenerator(pages, entities).Write(work);
                Copy(options.GetValueOrDefault("--theme", "theme"), Path.Combine(work, "theme"));
                page = options.GetValueOrDefault("--page", $"input/pages/page-{pages / 2:D5}.md");
            }
            var build = BuildOptions.Resolve(work) with { Today = new DateOnly(2026, 12, 2) };
            var started = Stopwatch.StartNew();
            // --mode full measures serve as it was before incremental rebuilds: every save a whole build, through the caches.
            Func<BuildOptions, BuildResult> pipeline = options.GetValueOrDefault("--mode") == "full"
                ? o => new SitePipeline(o with { Memory = null }).Run(OutputMode.Disk)
                : o => new SitePipeline(o).Run(OutputMode.Disk);
            await using var host = await ServeHost.StartAsync(build, 0, options.ContainsKey("--log") ? Console.Error : TextWriter.Null, pipeline);
            Console.WriteLine($"first build and listen: {started.ElapsedMilliseconds} ms; {host.State.Errors.Count} error(s)");
            var url = host.Url + UrlOf(page);
            using var http = new HttpClient();
            var file = Path.Combine(work, page);
            var original = await File.ReadAllTextAsync(file);
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var marker = $"latencymarker{run}x";
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original.TrimEnd() + $"\n\nThe words {marker} end the page.\n");
                while (!(await http.GetStringAsync(url)).Contains(marker, StringComparison.Ordinal))
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("the edit never showed");
                    await Task.Delay(2);
                }
                var ms = clock.Elapsed.TotalMilliseconds;
                if (run > 0) times.Add(ms); // the first edit warms the JIT for the rebuild path
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {ms:F0} ms{(run == 0 ? " (warm-up, not counted)" : "")}"));
                await Task.Delay(300);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {times.Count}: {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0})"));
            return 0;
        }
        finally
        {
            // The output, its back buffer and its lock all live inside the work folder.
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>input/islands/iturup.md is served at islands/iturup/; a free-standing page (kind page, under pages/) at its id.</summary>
    private static string UrlOf(string page)
    {
        var relative = page["input/".Length..^".md".Length];
        return relative.StartsWith("pages/", StringComparison.Ordinal) ? relative["pages/".Length..] + "/" : relative + "/";
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        return options;
    }

    private static void Copy(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
