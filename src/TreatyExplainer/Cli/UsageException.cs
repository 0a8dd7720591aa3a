namespace TreatyExplainer.Cli;

/// <summary>The command line itself is wrong, or asks for something refused: exit code 2, with a message and no stack trace.</summary>
public sealed class UsageException(string message, bool showUsage = true) : Exception(message)
{
    /// <summary>False for a refusal (a file exists, a folder is not ours), where the usage text would only bury the reason.</summary>
    public bool ShowUsage { get; } = showUsage;
}
