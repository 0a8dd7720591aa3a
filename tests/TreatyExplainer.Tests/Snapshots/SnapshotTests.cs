namespace TreatyExplainer.Tests.Snapshots;

public sealed class SnapshotTests
{
    [Fact]
    public void MismatchWritesReceivedFileAndFailsWithADiff()
    {
        var folder = Path.Combine(Path.GetTempPath(), "te-snap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Example.Case.verified.html"), "<p>one</p>\n<p>two</p>\n");
        try
        {
            var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Compare("<p>one</p>\n<p>TWO</p>\n", Verified(folder), Received(folder), accept: false));

            Assert.Contains("-<p>two</p>", failure.Message);
            Assert.Contains("+<p>TWO</p>", failure.Message);
            Assert.Equal("<p>one</p>\n<p>TWO</p>\n", File.ReadAllText(Path.Combine(folder, "Example.Case.received.html")));
            Assert.Equal("<p>one</p>\n<p>two</p>\n", File.ReadAllText(Path.Combine(folder, "Example.Case.verified.html")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MatchPassesAndRemovesAStaleReceivedFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "te-snap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Example.Case.verified.html"), "same\n");
        File.WriteAllText(Path.Combine(folder, "Example.Case.received.html"), "old\n");
        try
        {
            Snapshot.Compare("same\n", Verified(folder), Received(folder), accept: false);

            Assert.False(File.Exists(Path.Combine(folder, "Example.Case.received.html")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AcceptingWritesTheVerifiedFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "te-snap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Snapshot.Compare("new\n", Verified(folder), Received(folder), accept: true);

            Assert.Equal("new\n", File.ReadAllText(Verified(folder)));
            Assert.False(File.Exists(Received(folder)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Verified(string folder) => Path.Combine(folder, "Example.Case.verified.html");

    private static string Received(string folder) => Path.Combine(folder, "Example.Case.received.html");
}
