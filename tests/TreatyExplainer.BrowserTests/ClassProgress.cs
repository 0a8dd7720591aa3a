using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Xunit.v3;

namespace TreatyExplainer.BrowserTests;

/// <summary>
/// One line per test class as it finishes, so a contributor running <c>dotnet test</c> sees the slow browser suite
/// move. Sent as an xunit diagnostic message (on in xunit.runner.json), which <c>dotnet test</c> prints at once.
/// </summary>
public sealed class ClassProgress : IDisposable
{
    private static readonly ConcurrentDictionary<string, int> Finished = new(StringComparer.Ordinal);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _className = (TestContext.Current.TestClass as IXunitTestClass)?.Class.Name ?? "a browser test class";

    public static void TestFinished(Type testClass) => Finished.AddOrUpdate(testClass.Name, 1, (_, n) => n + 1);

    public void Dispose()
    {
        var count = Finished.GetValueOrDefault(_className);
        var seconds = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        TestContext.Current.SendDiagnosticMessage($"[PROGRESS] {_className}: {count} test(s) finished in {seconds} s");
    }
}
