using System.Text.RegularExpressions;
using TreatyExplainer.Tests.Support;

namespace TreatyExplainer.Tests.Serve;

/// <summary>Cli may use Serve; Serve must not use Cli, so the preview never depends on the command line that starts it.</summary>
public sealed partial class ServeLayeringTests
{
    [Fact]
    public void NoServeFileUsesTheCliNamespace()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src", "TreatyExplainer", "Serve"), "*.cs").ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.False(CliReference().IsMatch(File.ReadAllText(file)), $"{Path.GetFileName(file)} uses TreatyExplainer.Cli");
    }

    [GeneratedRegex(@"\bTreatyExplainer\.Cli\b|(?<![\w.])Cli\.\w")]
    private static partial Regex CliReference();
}
