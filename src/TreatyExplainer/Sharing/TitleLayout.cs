namespace TreatyExplainer.Sharing;

/// <summary>Breaks a title into lines at spaces, at the largest font size from a fixed list that fits the panel.</summary>
public static class TitleLayout
{
    private static readonly float[] Sizes = [68, 60, 52, 44, 38];

    /// <param name="widthAt1Px">The width of a text at a font size of 1 px.</param>
    public static (IReadOnlyList<string> Lines, float Size) Fit(string title, float maxWidth, int maxLines, Func<string, float> widthAt1Px)
    {
        List<string> lines = [];
        foreach (var size in Sizes)
        {
            lines = Wrap(title, maxWidth, text => widthAt1Px(text) * size);
            if (lines.Count <= maxLines) return (lines, size);
        }
        var smallest = Sizes[^1];
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = kept[^1].TrimEnd() + "…";
        return (kept, smallest);
    }

    private static List<string> Wrap(string title, float maxWidth, Func<string, float> width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && width(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
