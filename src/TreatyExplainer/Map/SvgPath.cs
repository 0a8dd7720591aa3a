using System.Text;

namespace TreatyExplainer.Map;

/// <summary>Path data ("M x y L ... Z") from projected points, with repeated points (after rounding) dropped.</summary>
internal static class SvgPath
{
    public static string Build(IEnumerable<IReadOnlyList<(double X, double Y)>> rings, int decimals, bool close)
    {
        var sb = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = new List<(string X, string Y)>(ring.Count);
            foreach (var (x, y) in ring)
            {
                var p = (SvgText.Number(x, decimals), SvgText.Number(y, decimals));
                if (points.Count == 0 || points[^1] != p)
                {
                    points.Add(p);
                }
            }

            if (close && points.Count > 1 && points[0] == points[^1])
            {
                points.RemoveAt(points.Count - 1);
            }

            if (points.Count < (close ? 3 : 2))
            {
                continue;
            }

            sb.Append('M').Append(points[0].X).Append(' ').Append(points[0].Y).Append('L');
            for (var i = 1; i < points.Count; i++)
            {
                sb.Append(i > 1 ? " " : string.Empty).Append(points[i].X).Append(' ').Append(points[i].Y);
            }

            if (close)
            {
                sb.Append('Z');
            }
        }

        return sb.ToString();
    }
}
