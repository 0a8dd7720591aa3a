using Microsoft.AspNetCore.Http;

namespace TreatyExplainer.Serve;

/// <summary>
/// The Host names the preview answers: its own loopback names and port. A page on another site whose DNS name was
/// rebound to 127.0.0.1 still sends its own name, so it cannot read drafts through the preview.
/// </summary>
public static class LoopbackHosts
{
    private static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    public static bool Allows(HostString host, int port) =>
        host.HasValue
        && Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase)
        && (host.Port ?? 80) == port;
}
