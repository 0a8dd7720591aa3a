namespace TreatyExplainer.Map;

/// <summary>Even–odd point-in-ring test, for rings in degrees or in viewBox units alike.</summary>
internal static class Polygon
{
    public static bool Contains(IReadOnlyList<(double X, double Y)> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
