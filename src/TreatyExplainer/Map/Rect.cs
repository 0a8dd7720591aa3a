namespace TreatyExplainer.Map;

/// <summary>An axis-aligned box in viewBox units: left, top, right, bottom.</summary>
internal readonly record struct Rect(double L, double T, double R, double B)
{
    public double Width => R - L;

    public double Height => B - T;

    public double CentreX => (L + R) / 2;

    public double CentreY => (T + B) / 2;

    public bool Intersects(Rect other) => other.L < R && other.R > L && other.T < B && other.B > T;

    public bool Contains(Rect other) => other.L >= L && other.R <= R && other.T >= T && other.B <= B;

    public bool Contains(double x, double y) => x >= L && x <= R && y >= T && y <= B;

    public Rect Inflate(double by) => new(L - by, T - by, R + by, B + by);

    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, L, R), Math.Clamp(y, T, B));

    public static Rect Of(IEnumerable<(double X, double Y)> points)
    {
        double l = double.MaxValue, t = double.MaxValue, r = double.MinValue, b = double.MinValue;
        foreach (var (x, y) in points)
        {
            l = Math.Min(l, x);
            t = Math.Min(t, y);
            r = Math.Max(r, x);
            b = Math.Max(b, y);
        }

        return new Rect(l, t, r, b);
    }
}
