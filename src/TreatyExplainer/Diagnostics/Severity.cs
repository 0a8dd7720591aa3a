namespace TreatyExplainer.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
