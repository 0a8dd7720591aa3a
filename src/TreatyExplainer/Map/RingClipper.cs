namespace TreatyExplainer.Map;

/// <summary>
/// Sutherland–Hodgman clipping of a projected ring to a box: land beyond a map's edge is not sent to the reader,
/// and an inset's land stays inside the inset.
/// </summary>
internal static class RingClipper
{
    public static (double X, double Y)[] Clip(IReadOnlyList<(double X, double Y)> ring, Rect box)
    {
        var output = ring.ToList();
        output = Edge(output, p => p.X >= box.L, (a, b) => AtX(a, b, box.L));
        output = Edge(output, p => p.X <= box.R, (a, b) => AtX(a, b, box.R));
        output = Edge(output, p => p.Y >= box.T, (a, b) => AtY(a, b, box.T));
        output = Edge(output, p => p.Y <= box.B, (a, b) => AtY(a, b, box.B));
        return [.. output];
    }

    private static List<(double X, double Y)> Edge(
        List<(double X, double Y)> input,
        Func<(double X, double Y), bool> inside,
        Func<(double X, double Y), (double X, double Y), (double X, double Y)> cut)
    {
        var output = new List<(double X, double Y)>(input.Count);
        if (input.Count == 0)
        {
            return output;
        }

        var previous = input[^1];
        foreach (var current in input)
        {
            if (inside(current))
            {
                if (!inside(previous))
                {
                    output.Add(cut(previous, current));
                }

                output.Add(current);
            }
            else if (inside(previous))
            {
                output.Add(cut(previous, current));
            }

            previous = current;
        }

        return output;
    }

    private static (double X, double Y) AtX((double X, double Y) a, (double X, double Y) b, double x) =>
        (x, a.Y + ((x - a.X) / (b.X - a.X) * (b.Y - a.Y)));

    private static (double X, double Y) AtY((double X, double Y) a, (double X, double Y) b, double y) =>
        (a.X + ((y - a.Y) / (b.Y - a.Y) * (b.X - a.X)), y);
}
