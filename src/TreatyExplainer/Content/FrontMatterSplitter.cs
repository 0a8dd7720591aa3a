namespace TreatyExplainer.Content;

/// <summary>The YAML block of a file and where its Markdown body starts, with the line each starts on.</summary>
public sealed record SplitFile(string Yaml, int YamlLine, int BodyStart, int BodyLine);

/// <summary>Separates front matter between two <c>---</c> lines from the body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Returns null and the code of the problem when the file has no complete front matter.</summary>
    public static SplitFile? Split(string text, out string? problemCode)
    {
        problemCode = null;
        if (!IsFence(text, 0, out var firstLineEnd))
        {
            problemCode = Diagnostics.DiagnosticCodes.MissingFrontMatter;
            return null;
        }

        var lineStart = firstLineEnd;
        var line = 2;
        while (lineStart < text.Length)
        {
            if (IsFence(text, lineStart, out var lineEnd) || IsEndMarker(text, lineStart, out lineEnd))
            {
                var yaml = text[firstLineEnd..lineStart];
                return new SplitFile(yaml, 2, Math.Min(lineEnd, text.Length), line + 1);
            }
            lineStart = lineEnd;
            line++;
        }

        problemCode = Diagnostics.DiagnosticCodes.UnclosedFrontMatter;
        return null;
    }

    private static bool IsFence(string text, int start, out int nextLineStart) => IsLine(text, start, "---", out nextLineStart);

    private static bool IsEndMarker(string text, int start, out int nextLineStart) => IsLine(text, start, "...", out nextLineStart);

    private static bool IsLine(string text, int start, string marker, out int nextLineStart)
    {
        var newline = text.IndexOf('\n', start);
        var end = newline < 0 ? text.Length : newline;
        nextLineStart = newline < 0 ? text.Length : newline + 1;
        return text.AsSpan(start, end - start).TrimEnd(" \t").SequenceEqual(marker);
    }
}
