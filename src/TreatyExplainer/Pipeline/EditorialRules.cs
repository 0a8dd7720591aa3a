namespace TreatyExplainer.Pipeline;

public static class EditorialRules
{
    /// <summary>Below this a glossary entry is a stub that cannot explain its subject.</summary>
    public const int MinimumBodyWords = 150;
}
