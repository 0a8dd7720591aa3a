using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Output;

/// <summary>The machine refusing a read or write is a diagnostic naming the path, fast, and the last good output survives it.</summary>
public sealed class OutputFailureTests
{
    [Fact]
    public void UnreadableOutputFolderIsAnErrorNamingItAndIsNotReplaced()
    {
        using var site = BuiltOnce();
        Unprivileged.Chmod("000", site.Output);
        try
        {
            var (code, error, _) = Unprivileged.Build(site);

            Assert.Equal(1, code);
            Assert.Contains("output:1:1: error TE062", error);
            Assert.DoesNotContain("internal error", error);
        }
        finally
        {
            Unprivileged.Chmod("755", site.Output);
        }
        Assert.Contains("First version.", site.ReadOutput("index.html"));
    }

    [Fact]
    public void ReadOnlyOutputFolderIsAnErrorNamingItAndStaysAsItWas()
    {
        using var site = BuiltOnce();
        Assert.Equal(0, Unprivileged.Build(site).ExitCode);
        var before = FolderManifest.Of(site.Output);
        Unprivileged.Chmod("a-w", site.Output, recursive: true);
        site.WithHome("Second version.");
        try
        {
            var (code, error, _) = Unprivileged.Build(site);

            Assert.Equal(1, code);
            Assert.Contains("output:1:1: error TE063", error);
            Assert.DoesNotContain("internal error", error);
        }
        finally
        {
            Unprivileged.Chmod("u+w", site.Output, recursive: true);
        }
        Assert.Equal(before, FolderManifest.Of(site.Output));
    }

    [Fact]
    public void ReadOnlyProjectTreeFailsFastWithAnErrorNamingThePath()
    {
        using var site = BuiltOnce();
        var before = FolderManifest.Of(site.Output);
        site.WithHome("Second version.");
        Unprivileged.Chmod("a-w", site.Root, recursive: true);
        try
        {
            var (code, error, elapsed) = Unprivileged.Build(site);

            Assert.Equal(1, code);
            Assert.Contains("error TE063", error);
            Assert.Contains(".output.lock:1:1:", error);
            Assert.DoesNotContain("internal error", error);
            Assert.True(elapsed < TimeSpan.FromSeconds(20), $"the build took {elapsed.TotalSeconds:F0} s to give up");
        }
        finally
        {
            Unprivileged.Chmod("u+w", site.Root, recursive: true);
        }
        Assert.Equal(before, FolderManifest.Of(site.Output));
    }

    [Fact]
    public void ReadOnlyMountFailsFastWithoutWaitingForTheLock()
    {
        using var site = new TempSite().WithHome("First version.");
        Assert.Equal(0, site.Run("build").ExitCode);
        site.WithHome("Second version.");
        if (!Unprivileged.TryTool("mount", "--bind", site.Root, site.Root)) Assert.Skip("needs permission to mount (root)");
        try
        {
            if (!Unprivileged.TryTool("mount", "-o", "remount,bind,ro", site.Root)) Assert.Skip("needs permission to remount read-only");
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var (code, _, error) = site.Run("build");

            Assert.Equal(1, code);
            Assert.Contains(".output.lock:1:1: error TE063", error);
            Assert.Contains("read-only", error);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the build took {clock.Elapsed.TotalSeconds:F0} s to give up");
        }
        finally
        {
            Unprivileged.Unmount(site.Root);
        }
        Assert.Contains("First version.", site.ReadOutput("index.html"));
    }

    [Fact]
    public void FullDiskIsAnErrorThatLeavesTheOutputAndNoBackBuffer()
    {
        using var site = new TempSite().WithHome("First version.");
        var disk = Path.Combine(site.Root, "disk");
        Directory.CreateDirectory(disk);
        if (!Unprivileged.TryTool("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk)) Assert.Skip("needs permission to mount a tmpfs (root)");
        try
        {
            var output = Path.Combine(disk, "output");
            Assert.Equal(0, site.Run("build", "--output", output).ExitCode);
            var before = FolderManifest.Of(output);
            FillUp(Path.Combine(disk, "filler"));
            site.WithHome("Second version.");

            var (code, _, error) = site.Run("build", "--output", output);

            Assert.Equal(1, code);
            Assert.Contains("error TE064", error);
            Assert.Contains("disk/.output.back", error);
            Assert.DoesNotContain("internal error", error);
            Assert.Equal(before, FolderManifest.Of(output));
            Assert.False(Directory.Exists(Path.Combine(disk, ".output.back")), "the failed build left its back buffer on the full disk");
        }
        finally
        {
            Unprivileged.Unmount(disk);
        }
    }

    private static TempSite BuiltOnce()
    {
        var site = new TempSite().WithHome("First version.");
        Assert.Equal(0, Unprivileged.Build(site).ExitCode);
        return site;
    }

    private static void FillUp(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true) stream.Write(block);
        }
        catch (IOException)
        {
            // Full: exactly what the test needs.
        }
    }
}
