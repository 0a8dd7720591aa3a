namespace TreatyExplainer.Map;

/// <summary>
/// Greedy, deterministic label placement: each label tries a fixed list of positions around its marker and
/// takes the cheapest one, avoiding the edges of the map, labels placed before it, other markers and, less
/// strongly, land.
/// </summary>
internal sealed class LabelPlacer
{
    private const double Ascent = 0.78;
    private const double Descent = 0.24;

    // (dx, dy, anchor) in units of the marker gap; dy is the direction of the label's vertical middle.
    private static readonly (int Dx, int Dy, string Anchor)[] Directions =
    [
        (1, 0, "start"),
        (-1, 0, "end"),
        (1, -1, "start"),
        (1, 1, "start"),
        (0, -1, "middle"),
        (0, 1, "middle"),
        (-1, -1, "end"),
        (-1, 1, "end"),
    ];

    private static readonly double[] Distances = [1.0, 2.2];

    private readonly double _width;
    private readonly double _height;
    private readonly IReadOnlyList<(double X, double Y)[]> _land;
    private readonly List<(double X, double Y, double R)> _markers = [];
    private readonly List<(double L, double T, double R, double B)> _placed = [];

    public LabelPlacer(double width, double height, IReadOnlyList<(double X, double Y)[]> land)
    {
        _width = width;
        _height = height;
        _land = land;
    }

    public void AddMarker(double x, double y, double radius) => _markers.Add((x, y, radius));

    public LabelPlacement Place(double x, double y, double markerRadius, string text, double fontSize)
    {
        var width = EstimateWidth(text, fontSize);
        var gap = markerRadius + (0.35 * fontSize);
        var best = default(LabelPlacement);
        var bestBox = (L: 0.0, T: 0.0, R: 0.0, B: 0.0);
        var bestCost = double.MaxValue;
        var order = 0;

        foreach (var distance in Distances)
        {
            foreach (var (dx, dy, anchor) in Directions)
            {
                var d = gap * distance;
                var diag = dx != 0 && dy != 0 ? 0.75 : 1.0;
                var ax = x + (dx * d * diag);
                var middleY = y + (dy * (d * diag + (dx == 0 ? 0.5 * fontSize : 0.25 * fontSize)));
                var baseline = middleY + ((Ascent - Descent) / 2 * fontSize);
                var left = anchor switch
                {
                    "start" => ax,
                    "end" => ax - width,
                    _ => ax - (width / 2),
                };
                var box = (L: left, T: baseline - (Ascent * fontSize), R: left + width, B: baseline + (Descent * fontSize));
                var cost = Cost(box, x, y) + (order * 0.5) + (distance > 1 ? 15 : 0);
                order++;
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = new LabelPlacement(ax, baseline, anchor);
                    bestBox = box;
                }
            }
        }

        _placed.Add(bestBox);
        return best;
    }

    /// <summary>A rough advance width: enough to keep labels apart, not to typeset them.</summary>
    internal static double EstimateWidth(string text, double fontSize)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' => 0.28,
                '/' or '.' or ',' or '\'' or 'i' or 'l' or 'j' or 't' or 'f' or 'I' => 0.32,
                'm' or 'w' or 'M' or 'W' => 0.85,
                >= '\u2E80' => 1.0,
                _ when char.IsUpper(c) => 0.68,
                _ => 0.56,
            };
        }

        return em * fontSize;
    }

    private double Cost((double L, double T, double R, double B) box, double ownX, double ownY)
    {
        double cost = 0;

        var overflow = Math.Max(0, -box.L) + Math.Max(0, box.R - _width) + Math.Max(0, -box.T) + Math.Max(0, box.B - _height);
        cost += overflow * 1000;

        foreach (var other in _placed)
        {
            var ox = Math.Min(box.R, other.R) - Math.Max(box.L, other.L);
            var oy = Math.Min(box.B, other.B) - Math.Max(box.T, other.T);
            if (ox > 0 && oy > 0)
            {
                cost += 5000 + (ox * oy);
            }
        }

        foreach (var (mx, my, mr) in _markers)
        {
            if (mx == ownX && my == ownY)
            {
                continue;
            }

            var nx = Math.Clamp(mx, box.L, box.R);
            var ny = Math.Clamp(my, box.T, box.B);
            if (((nx - mx) * (nx - mx)) + ((ny - my) * (ny - my)) < mr * mr * 2.25)
            {
                cost += 2000;
            }
        }

        cost += LandFraction(box) * 200;
        return cost;
    }

    private double LandFraction((double L, double T, double R, double B) box)
    {
        const int Columns = 10;
        const int Rows = 3;
        var hits = 0;
        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j < Rows; j++)
            {
                var px = box.L + ((box.R - box.L) * (i + 0.5) / Columns);
                var py = box.T + ((box.B - box.T) * (j + 0.5) / Rows);
                if (OnLand(px, py))
                {
                    hits++;
                }
            }
        }

        return (double)hits / (Columns * Rows);
    }

    private bool OnLand(double x, double y)
    {
        var inside = false;
        foreach (var ring in _land)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (xi, yi) = ring[i];
                var (xj, yj) = ring[j];
                if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
