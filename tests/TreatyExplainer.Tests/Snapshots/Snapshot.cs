using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace TreatyExplainer.Tests.Snapshots;

/// <summary>
/// Golden files in Verify's layout: <c>Class.Method.verified.html</c> beside the test file. A mismatch writes
/// <c>.received.html</c> and fails with a unified diff. <c>UPDATE_SNAPSHOTS=1</c> accepts; CI never does.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string? name = null, string extension = "html",
        [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}{(name is null ? "" : "." + name)}";
        Compare(actual, Path.Combine(folder, $"{stem}.verified.{extension}"), Path.Combine(folder, $"{stem}.received.{extension}"), MayAccept());
    }

    /// <summary>Compares against the verified file; on a mismatch accepts, or writes the received file and fails.</summary>
    public static void Compare(string actual, string verified, string received, bool accept)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        if (accept)
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"No snapshot yet: {verified}. Review {received}, then rename it or run UPDATE_SNAPSHOTS=1 dotnet test."
            : $"Snapshot differs: {verified}\n{UnifiedDiff(expected, actual)}\nIf the change is right, run UPDATE_SNAPSHOTS=1 dotnet test.";
        Assert.Fail(message);
    }

    private static bool MayAccept() =>
        Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    public static string UnifiedDiff(string expected, string actual, int context = 3)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var output = new StringBuilder("--- verified\n+++ received\n");
        var changed = lines.Select((l, i) => (l, i)).Where(x => x.l.Type != ChangeType.Unchanged).Select(x => x.i).ToList();
        var shown = new HashSet<int>();
        foreach (var index in changed)
        {
            for (var i = Math.Max(0, index - context); i <= Math.Min(lines.Count - 1, index + context); i++) shown.Add(i);
        }
        var previous = -2;
        foreach (var i in shown.Order())
        {
            if (i != previous + 1) output.Append("@@ line ").Append(i + 1).Append(" @@\n");
            var prefix = lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
            output.Append(prefix).Append(lines[i].Text).Append('\n');
            previous = i;
        }
        return output.ToString();
    }
}
