using System.Globalization;
using System.Runtime.InteropServices;
using TreatyExplainer.Serve;

namespace TreatyExplainer.Cli;

/// <summary><c>serve [--port N]</c>: the live preview, until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static readonly IReadOnlyCollection<string> OptionNames = ["--root", "--input", "--seeds", "--theme", "--output", "--port"];

    public static int Run(CommandLine line, TextWriter output)
    {
        var portText = line.Options.GetValueOrDefault("--port") ?? DefaultPort.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
            throw new UsageException($"--port takes a number from 0 to 65535, not '{portText}'");
        var options = line.ToBuildOptions();

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            // Handled here: stop serving and exit 0, rather than let the runtime end the process mid-response.
            signal.Cancel = true;
            stop.Cancel();
        }
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        return RunAsync(options, port, output, stop.Token).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Pipeline.BuildOptions options, int port, TextWriter output, CancellationToken stop)
    {
        ServeHost host;
        try
        {
            host = await ServeHost.StartAsync(options, port, output);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on port {port}: {e.Message}; choose another with --port", showUsage: false);
        }
        await using (host)
        {
            output.WriteLine($"Serving {host.Url} ; watching input/, seeds/ and theme/. Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopped.");
            }
        }
        return ExitCodes.Success;
    }
}
