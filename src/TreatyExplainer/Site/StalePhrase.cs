namespace TreatyExplainer.Site;

/// <summary>An "as of February 2026" in the text, with the last day it can mean, found older than the build date allows.</summary>
public sealed record StalePhrase(int Line, int Column, string Phrase, DateOnly Date);
