using Microsoft.AspNetCore.Http;
using TreatyExplainer.Serve;

namespace TreatyExplainer.Tests.Serve;

public sealed class LoopbackHostsTests
{
    [Theory]
    [InlineData("localhost:5080", true)]
    [InlineData("LocalHost:5080", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("localhost", false)]
    [InlineData("localhost:5081", false)]
    [InlineData("127.0.0.2:5080", false)]
    [InlineData("attacker.example:5080", false)]
    [InlineData("localhost.attacker.example:5080", false)]
    [InlineData("", false)]
    public void AllowsOnlyLoopbackNamesWithTheServersPort(string host, bool allowed) =>
        Assert.Equal(allowed, LoopbackHosts.Allows(new HostString(host), 5080));

    [Fact]
    public void HostWithoutPortIsPortEighty() => Assert.True(LoopbackHosts.Allows(new HostString("localhost"), 80));
}
