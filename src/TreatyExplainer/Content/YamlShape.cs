namespace TreatyExplainer.Content;

/// <summary>A bracket, brace or quote in front matter, at a 1-based line and column of the YAML block.</summary>
public sealed record YamlMark(char Symbol, int Line, int Column);

/// <summary>
/// What a cheap pass over front matter finds before YamlDotNet sees it: where nesting first goes too deep, the
/// innermost bracket or quote left open, and the first comment inside a bracketed list.
/// </summary>
public sealed record YamlShape(YamlMark? TooDeep, YamlMark? Unclosed, YamlMark? CommentInFlow);
