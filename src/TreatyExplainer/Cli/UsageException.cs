namespace TreatyExplainer.Cli;

/// <summary>The command line itself is wrong: exit code 2, with a message and no stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
