using System.Reflection;
using System.Text.Json;

namespace TreatyExplainer.Map;

/// <summary>
/// Land outlines for the map, cropped from Natural Earth 1:10m (see Map/README.md). Rings carry no country:
/// all land is drawn alike. Each ring is open (its last point is not repeated) in (longitude, latitude) degrees.
/// </summary>
public sealed class Coastline
{
    private const string ResourceName = "coastline.json";

    private static readonly Lazy<Coastline> Cached = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Coastline(
        string source,
        string license,
        double minLon,
        double minLat,
        double maxLon,
        double maxLat,
        IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> rings)
    {
        Source = source;
        License = license;
        MinLon = minLon;
        MinLat = minLat;
        MaxLon = maxLon;
        MaxLat = maxLat;
        Rings = rings;
    }

    /// <summary>The coastline embedded in this assembly, loaded once.</summary>
    public static Coastline Default => Cached.Value;

    public string Source { get; }

    public string License { get; }

    public double MinLon { get; }

    public double MinLat { get; }

    public double MaxLon { get; }

    public double MaxLat { get; }

    public IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings { get; }

    private static Coastline Load()
    {
        using var stream = typeof(Coastline).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;

        var bbox = root.GetProperty("bbox");
        if (bbox.GetArrayLength() != 4)
        {
            throw new InvalidDataException("coastline.json: bbox must have four numbers.");
        }

        var rings = new List<IReadOnlyList<(double Lon, double Lat)>>();
        foreach (var ring in root.GetProperty("rings").EnumerateArray())
        {
            var points = new List<(double Lon, double Lat)>(ring.GetArrayLength());
            foreach (var point in ring.EnumerateArray())
            {
                points.Add((point[0].GetDouble(), point[1].GetDouble()));
            }

            if (points.Count >= 3)
            {
                rings.Add(points.AsReadOnly());
            }
        }

        return new Coastline(
            root.GetProperty("source").GetString() ?? string.Empty,
            root.GetProperty("license").GetString() ?? string.Empty,
            bbox[0].GetDouble(),
            bbox[1].GetDouble(),
            bbox[2].GetDouble(),
            bbox[3].GetDouble(),
            rings.AsReadOnly());
    }
}
