namespace TreatyExplainer.Map;

/// <summary>Douglas–Peucker simplification of projected rings, at a tolerance in viewBox units.</summary>
internal static class PathSimplifier
{
    /// <summary>Simplifies a closed ring, split at its first point and the point farthest from it so both halves keep their ends.</summary>
    public static (double X, double Y)[] Ring(IReadOnlyList<(double X, double Y)> ring, double tolerance)
    {
        if (ring.Count < 4)
        {
            return [.. ring];
        }

        var far = 0;
        var farDistance = -1.0;
        for (var i = 1; i < ring.Count; i++)
        {
            var d = Math.Pow(ring[i].X - ring[0].X, 2) + Math.Pow(ring[i].Y - ring[0].Y, 2);
            if (d > farDistance)
            {
                farDistance = d;
                far = i;
            }
        }

        var first = Line([.. ring.Take(far + 1)], tolerance);
        var second = Line([.. ring.Skip(far), ring[0]], tolerance);
        return [.. first, .. second.Skip(1).SkipLast(1)];
    }

    private static (double X, double Y)[] Line((double X, double Y)[] points, double tolerance)
    {
        if (points.Length <= 2)
        {
            return points;
        }

        var keep = new bool[points.Length];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int Start, int End)>();
        stack.Push((0, points.Length - 1));
        while (stack.Count > 0)
        {
            var (start, end) = stack.Pop();
            var maxDistance = 0.0;
            var index = -1;
            for (var i = start + 1; i < end; i++)
            {
                var d = Distance(points[i], points[start], points[end]);
                if (d > maxDistance)
                {
                    maxDistance = d;
                    index = i;
                }
            }

            if (index >= 0 && maxDistance > tolerance)
            {
                keep[index] = true;
                stack.Push((start, index));
                stack.Push((index, end));
            }
        }

        return [.. points.Where((_, i) => keep[i])];
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var length2 = (dx * dx) + (dy * dy);
        var t = length2 == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / length2, 0, 1);
        return Math.Sqrt(Math.Pow(p.X - (a.X + (t * dx)), 2) + Math.Pow(p.Y - (a.Y + (t * dy)), 2));
    }
}
