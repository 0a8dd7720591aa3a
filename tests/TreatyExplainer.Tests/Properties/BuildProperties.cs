using System.Globalization;
using TreatyExplainer.Pipeline;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Properties;

public sealed class BuildProperties
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomBytesAsAContentFileGiveDiagnosticsNeverAnException(int seed)
    {
        using var site = new TempSite().WithHome();
        site.WriteBytes("input/random.md", new RandomContent(seed).Bytes());

        var result = site.Build();

        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError && d.Path == "input/random.md"),
            $"seed {seed}: the build failed without saying why the file is wrong:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Fact]
    public void SameSourceBuildsToTheSameBytesUnderAnyCultureAndFromAnyWorkingDirectory()
    {
        using var first = new TempSite();
        using var second = new TempSite();
        TempSite.CopyFolder(Path.Combine(Repo.Root, "input"), Path.Combine(first.Root, "input"));
        TempSite.CopyFolder(Path.Combine(Repo.Root, "seeds"), Path.Combine(first.Root, "seeds"));

        Run(first.Root, workingDirectory: first.Root, culture: "");
        Run(first.Root, workingDirectory: Path.GetTempPath(), culture: "tr-TR", output: second.Root + "/out-tr");
        Run(first.Root, workingDirectory: "/", culture: "ja-JP", output: second.Root + "/out-ja");

        var expected = FolderManifest.Of(Path.Combine(first.Root, "output"));
        Assert.Equal(expected, FolderManifest.Of(second.Root + "/out-tr"));
        Assert.Equal(expected, FolderManifest.Of(second.Root + "/out-ja"));
    }

    /// <summary>The real binary, as a user runs it, with the culture set the way the system sets it.</summary>
    private static void Run(string root, string workingDirectory, string culture, string? output = null)
    {
        List<string> args = ["build", "--root", root];
        if (output is not null) args.AddRange(["--output", output]);
        var locale = culture.Replace('-', '_') + ".UTF-8";
        var environment = culture.Length == 0 ? null : new Dictionary<string, string>
        {
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
            ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false",
        };
        using var process = RealBinary.Start(args, workingDirectory, environment);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
    }
}
