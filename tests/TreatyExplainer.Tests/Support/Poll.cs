using System.Diagnostics;

namespace TreatyExplainer.Tests.Support;

/// <summary>Waits for something a background watcher or server does, without a fixed sleep.</summary>
public static class Poll
{
    public static async Task<bool> Until(Func<Task<bool>> condition, double seconds = 2)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (await condition()) return true;
            await Task.Delay(25);
        }
        return await condition();
    }
}
