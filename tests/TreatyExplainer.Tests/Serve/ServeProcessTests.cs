using System.Diagnostics;
using System.Text.RegularExpressions;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary><c>serve</c> as its own process: it stops cleanly on the signals a terminal, systemd or a container send.</summary>
public sealed partial class ServeProcessTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task StopsWithinTwoSecondsOnSignalAndExitsZero(string signal)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");
        using var site = new TempSite().WithHome();
        using var serve = RealBinary.Start(["serve", "--root", site.Root, "--port", "0"]);
        try
        {
            var url = await ReadServingUrl(serve);
            using var http = new HttpClient();
            Assert.Contains("Welcome.", await http.GetStringAsync(url, TestContext.Current.CancellationToken));

            using (var kill = Process.Start("kill", ["-" + signal, serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            var clock = Stopwatch.StartNew();
            var exited = serve.WaitForExit(TimeSpan.FromSeconds(2));

            Assert.True(exited, $"serve was still running {clock.Elapsed.TotalSeconds:0.0} s after SIG{signal}");
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill();
        }
    }

    private static async Task<string> ReadServingUrl(Process serve)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match) return match.Groups[1].Value;
        }
        throw new InvalidOperationException("serve ended before it printed its address: " + await serve.StandardError.ReadToEndAsync(timeout.Token));
    }

    [GeneratedRegex(@"^Serving (http://localhost:\d+/?)")]
    private static partial Regex ServingLine();
}
