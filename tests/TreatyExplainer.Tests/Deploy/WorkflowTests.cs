using TreatyExplainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace TreatyExplainer.Tests.Deploy;

/// <summary>The GitHub workflows parse, and do what docs/deploying.md and CONTRIBUTING.md say they do.</summary>
public sealed class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void CiRunsTheSameStepsAsCiRunOnEveryPushAndPullRequest()
    {
        var workflow = Load("ci.yml");
        var triggers = (YamlMappingNode)workflow["on"];
        var text = File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "ci.yml"));

        Assert.True(triggers.Children.ContainsKey("push"));
        Assert.True(triggers.Children.ContainsKey("pull_request"));
        Assert.Contains("actions/setup-dotnet@", text);
        Assert.Contains("run: bash .ci/run", text);
        Assert.Contains("fetch-depth: 0", text);
    }

    [Fact]
    public void CiRunTestsThenBuildsTheRealSiteStrictlyAndEndsWithTheTotals()
    {
        var script = File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run"));
        var update = script.IndexOf("apt-get update", StringComparison.Ordinal);

        Assert.Contains("dotnet test 2>&1", script);
        Assert.Contains("dotnet run --project src/TreatyExplainer -- build --strict", script);
        Assert.InRange(update, 0, script.IndexOf("apt-get install", StringComparison.Ordinal));
        Assert.EndsWith("echo \"$passed passed, $failed failed\"\nexit $status\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void RootTestCommandLeavesTheBenchmarksOut()
    {
        var solution = File.ReadAllText(Path.Combine(Repo.Root, "TreatyExplainer.sln"));

        Assert.DoesNotContain("Benchmarks", solution);
        Assert.Contains(@"tests\TreatyExplainer.BrowserTests\TreatyExplainer.BrowserTests.csproj", solution);
        Assert.True(File.Exists(Path.Combine(Repo.Root, "bench", "TreatyExplainer.Benchmarks", "TreatyExplainer.Benchmarks.csproj")));
    }

    [Fact]
    public void ScheduledRebuildCallsTheBuildHookFromASecret()
    {
        var workflow = Load("scheduled-rebuild.yml");
        var triggers = (YamlMappingNode)workflow["on"];
        var text = File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "scheduled-rebuild.yml"));

        Assert.True(triggers.Children.ContainsKey("schedule"));
        Assert.Contains("secrets.NETLIFY_BUILD_HOOK", text);
        Assert.DoesNotContain("api.netlify.com/build_hooks/", text);
    }

    [Fact]
    public void PullRequestTemplateHasTheChecklist()
    {
        var template = File.ReadAllText(Path.Combine(Repo.Root, ".github", "pull_request_template.md"));

        Assert.Contains("- [ ] **Sources cited.**", template);
        Assert.Contains("- [ ] **Both names.**", template);
        Assert.Contains("- [ ] **Preview checked.**", template);
    }
}
