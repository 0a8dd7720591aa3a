using Microsoft.Extensions.Hosting;

namespace TreatyExplainer.Serve;

/// <summary>
/// Replaces the host's console lifetime, which would take SIGTERM and SIGINT to stop Kestrel alone and leave serve
/// running with no server. The serve command owns the signals and disposes the whole host.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
