using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Cli;

/// <summary>A wrong command line is a usage error (exit 2) that says what is wrong, never an internal error.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void OutputNamingAFileIsAUsageErrorAndTheFileIsKept()
    {
        using var site = new TempSite().WithHome();
        var file = site.Write("notes.txt", "keep me");

        var (code, _, error) = site.Run("build", "--output", file);

        Assert.Equal(2, code);
        Assert.Contains($"--output '{file}' is a file", error);
        Assert.DoesNotContain("internal error", error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--root")]
    [InlineData("--input")]
    [InlineData("--seeds")]
    [InlineData("--theme")]
    [InlineData("--base-url")]
    [InlineData("--autolink")]
    public void EmptyOptionValueIsAUsageErrorNamingTheOption(string option)
    {
        using var site = new TempSite().WithHome();

        foreach (var args in new[] { new[] { "build", option + "=" }, ["build", option, ""], ["check", option + "=  "] })
        {
            var (code, _, error) = site.Run(args);

            Assert.Equal(2, code);
            Assert.Contains($"option '{option}' needs a value", error);
            Assert.DoesNotContain("internal error", error);
        }
    }
}
