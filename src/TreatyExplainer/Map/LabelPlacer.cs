namespace TreatyExplainer.Map;

/// <summary>
/// Greedy, deterministic label placement. Each label tries a fixed list of boxes and takes the cheapest: a box
/// outside the map, over a blocked area (an island's bounding box, the inset, the legend, the scale bar) or over
/// a label placed before it costs far more than anything else, so it is taken only when nothing else fits. A
/// callout then prefers sea to land and a short leader to a long one.
/// </summary>
internal sealed class LabelPlacer(double width, double height, IReadOnlyList<IReadOnlyList<(double X, double Y)>> land)
{
    private const double Margin = 4;
    private const double Forbidden = 100_000;
    private const double Ascent = 0.78;

    // What a box wholly on land costs a label, and a callout, which would rather sit in the sea.
    private const double LandWeight = 150;
    private const double CalloutLandWeight = 400;

    private static readonly double[] Gaps = [10, 30, 60, 100, 150, 210];

    private readonly List<Rect> _blocked = [];
    private readonly List<Rect> _placed = [];
    private readonly List<(double X1, double Y1, double X2, double Y2)> _lines = [];
    private readonly List<Rect> _landBounds = land.Select(Rect.Of).ToList();

    public void Block(Rect area) => _blocked.Add(area);

    /// <summary>A line labels should rather not cross (a treaty boundary): costly, not forbidden.</summary>
    public void Avoid((double X1, double Y1, double X2, double Y2) line) => _lines.Add(line);

    /// <summary>
    /// Places every label, the one with the fewest free spots first, so a crowded label is not left with none;
    /// returns them in the order given.
    /// </summary>
    public IReadOnlyList<PlacedLabel> PlaceAll(IReadOnlyList<MapLabel> labels)
    {
        var placed = new PlacedLabel?[labels.Count];
        var left = Enumerable.Range(0, labels.Count).ToList();
        while (left.Count > 0)
        {
            var next = left.MinBy(i => Candidates(labels[i]).Count(c => IsFree(c.Box)));
            placed[next] = Place(labels[next]);
            left.Remove(next);
        }

        return placed.Select(p => p!).ToList();
    }

    public PlacedLabel Place(MapLabel label)
    {
        var best = default(PlacedLabel);
        var bestCost = double.MaxValue;
        var order = 0;
        foreach (var (box, anchor) in Candidates(label))
        {
            var leader = label.Target is null ? null : Leader(box, label.Target);
            var cost = Cost(box, label.Target is not null) + (order++ * 0.01);
            if (leader is { } l)
            {
                cost += Distance((l.X1, l.Y1), (l.X2, l.Y2)) * 0.6;
            }

            if (cost < bestCost)
            {
                bestCost = cost;
                var x = anchor switch { "start" => box.L, "end" => box.R, _ => box.CentreX };
                var baseline = box.T + ((((LabelStyle.LineHeight - 1) / 2) + Ascent) * label.Style.FontSize);
                best = new PlacedLabel(label, box, anchor, x, baseline, leader);
            }
        }

        _placed.Add(best!.Box);
        return best;
    }

    /// <summary>
    /// A rough advance width, on the wide side (DejaVu Sans, a common fallback for sans-serif), so that labels set
    /// in a narrower face only gain room: enough to keep labels apart, not to typeset them.
    /// </summary>
    internal static double EstimateWidth(string text, double fontSize, bool bold = false)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' => 0.32,
                '/' or '.' or ',' or '\'' or '(' or ')' or 'i' or 'l' or 'j' or 't' or 'f' or 'r' or 'I' => 0.4,
                'm' or 'w' or 'M' or 'W' => 0.95,
                >= '\u2E80' => 1.0,
                _ when char.IsDigit(c) => 0.64,
                _ when char.IsUpper(c) => 0.74,
                _ => 0.62,
            };
        }

        return em * fontSize * (bold ? 1.1 : 1);
    }

    private static IEnumerable<(Rect Box, string Anchor)> Candidates(MapLabel label)
    {
        var (w, h) = (label.Width, label.Height);
        if (label.Target is null)
        {
            foreach (var dy in new[] { 0, -0.6, 0.6, -1.2, 1.2, -2, 2 })
            {
                foreach (var dx in new[] { 0, -0.25, 0.25, -0.5, 0.5 })
                {
                    var cx = label.X + (dx * w);
                    var cy = label.Y + (dy * h);
                    yield return (new Rect(cx - (w / 2), cy - (h / 2), cx + (w / 2), cy + (h / 2)), "middle");
                }
            }

            yield break;
        }

        var t = Rect.Of(label.Target);
        foreach (var gap in Gaps)
        {
            var d = gap * 0.7;
            foreach (var shift in new[] { 0, -0.5, 0.5, -1, 1 })
            {
                var (sx, sy) = (shift * w, shift * h);
                var cy = t.CentreY + sy;
                var cx = t.CentreX + sx;
                yield return (new Rect(t.R + gap, cy - (h / 2), t.R + gap + w, cy + (h / 2)), "start");
                yield return (new Rect(t.L - gap - w, cy - (h / 2), t.L - gap, cy + (h / 2)), "end");
                yield return (new Rect(cx - (w / 2), t.T - gap - h, cx + (w / 2), t.T - gap), "middle");
                yield return (new Rect(cx - (w / 2), t.B + gap, cx + (w / 2), t.B + gap + h), "middle");
            }

            yield return (new Rect(t.R + d, t.T - d - h, t.R + d + w, t.T - d), "start");
            yield return (new Rect(t.L - d - w, t.T - d - h, t.L - d, t.T - d), "end");
            yield return (new Rect(t.R + d, t.B + d, t.R + d + w, t.B + d + h), "start");
            yield return (new Rect(t.L - d - w, t.B + d, t.L - d, t.B + d + h), "end");
        }
    }

    /// <summary>From the box's nearest edge to the nearest point of the outline, stopping short of the coast.</summary>
    private static (double X1, double Y1, double X2, double Y2)? Leader(Rect box, IReadOnlyList<(double X, double Y)> target)
    {
        var end = target.MinBy(p => Distance(box.Nearest(p.X, p.Y), p));
        var start = box.Nearest(end.X, end.Y);
        var length = Distance(start, end);
        if (length < 12)
        {
            return null;
        }

        var shorten = Math.Min(4, length / 4);
        var x2 = end.X + ((start.X - end.X) * shorten / length);
        var y2 = end.Y + ((start.Y - end.Y) * shorten / length);
        return (start.X, start.Y, x2, y2);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    private double Cost(Rect box, bool callout) => FixedCost(box) + (LandFraction(box) * (callout ? CalloutLandWeight : LandWeight));

    /// <summary>
    /// Whether a box costs less than <see cref="Forbidden"/> as a non-callout, as <see cref="Cost"/> would say. The
    /// land share adds at most <see cref="LandWeight"/>, so the sampled land is needed only when the rest of the cost is that close.
    /// </summary>
    private bool IsFree(Rect box)
    {
        var fixedCost = FixedCost(box);
        return fixedCost + LandWeight < Forbidden || (fixedCost < Forbidden && Cost(box, callout: false) < Forbidden);
    }

    private double FixedCost(Rect box)
    {
        var cost = 0.0;
        if (box.L < Margin || box.T < Margin || box.R > width - Margin || box.B > height - Margin)
        {
            cost += Forbidden * 10;
        }

        // Plain loops: this runs for every candidate of every label, many times over while labels are ordered.
        var overlaps = 0;
        foreach (var area in _blocked) if (box.Intersects(area)) overlaps++;
        foreach (var area in _placed) if (box.Intersects(area)) overlaps++;
        cost += overlaps * Forbidden;
        var crossed = 0;
        foreach (var line in _lines) if (Crosses(box, line)) crossed++;
        return cost + (crossed * 3000);
    }

    /// <summary>Whether one of 21 evenly spaced points of the line lies in the box.</summary>
    private static bool Crosses(Rect box, (double X1, double Y1, double X2, double Y2) l)
    {
        for (var i = 0; i <= 20; i++)
        {
            if (box.Contains(l.X1 + ((l.X2 - l.X1) * i / 20), l.Y1 + ((l.Y2 - l.Y1) * i / 20))) return true;
        }
        return false;
    }

    /// <summary>The share of a box that is land, sampled on a grid.</summary>
    public double LandFraction(Rect box)
    {
        const int Columns = 8;
        const int Rows = 3;
        var hits = 0;
        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j < Rows; j++)
            {
                var x = box.L + (box.Width * (i + 0.5) / Columns);
                var y = box.T + (box.Height * (j + 0.5) / Rows);
                if (OnLand(x, y))
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
        for (var r = 0; r < land.Count; r++)
        {
            var b = _landBounds[r];
            if (x < b.L || x > b.R || y < b.T || y > b.B)
            {
                continue;
            }

            if (Polygon.Contains(land[r], x, y))
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
