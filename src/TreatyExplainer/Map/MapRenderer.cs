using System.Text;

namespace TreatyExplainer.Map;

/// <summary>
/// Renders the build-time SVG map of the disputed islands. The SVG has no colours, only classes
/// (map-sea, map-land, map-chain, map-island, map-label, is-current) for the site's CSS to style neutrally:
/// land is drawn alike whichever state holds or claims it.
/// </summary>
public static class MapRenderer
{
    /// <summary>The legend the page template shows beside the map.</summary>
    public const string Legend = "Administered by Russia since 1945; claimed by Japan.";

    private const string TitleId = "map-title";
    private const string DescId = "map-desc";
    private const string MapTitle = "Map of the southern Kuril Islands (Northern Territories)";
    private const double LabelFontSize = 28; // 2.8% of the viewBox width
    private const double MinorFontSize = 22;
    private const double IslandRadius = 8;
    private const double CurrentRadius = 11;
    private const double MinorRadius = 4;
    private const double ThumbRadius = 26;
    private const int ThumbWidth = 240;

    // Approximate axis of the Kuril chain, (lon, lat): from the Nemuro Peninsula through Kunashir, Iturup,
    // Urup, Simushir, Matua, Shiashkotan, Onekotan and Paramushir to Shumshu, off Kamchatka's southern tip.
    private static readonly (double Lon, double Lat)[] ChainAxis =
    [
        (145.60, 43.40), (145.95, 43.95), (146.60, 44.45), (147.90, 45.05), (148.80, 45.45),
        (150.00, 45.95), (151.00, 46.50), (152.00, 47.00), (153.00, 47.75), (153.60, 48.30),
        (154.10, 48.85), (154.75, 49.45), (155.50, 50.20), (156.10, 50.65), (156.50, 50.90),
    ];

    private static readonly Lazy<IReadOnlyList<(double X, double Y)[]>> ProjectedLand = new(ProjectLand);
    private static readonly Lazy<string> LandPath = new(() => BuildPath(ProjectedLand.Value, 1, close: true));
    private static readonly Lazy<string> ThumbLandPath = new(() => BuildPath(ProjectedLand.Value, 0, close: true));
    private static readonly Lazy<string> ChainPath = new(() => BuildPath([ProjectChain()], 1, close: false));
    private static readonly Lazy<string> ThumbChainPath = new(() => BuildPath([ProjectChain()], 0, close: false));

    /// <summary>
    /// Returns a self-contained <c>&lt;svg&gt;</c> element. Disputed places are links labelled with both names;
    /// the place whose id is <paramref name="highlightId"/> is marked current. With <paramref name="thumbnail"/>,
    /// returns a small decorative map (land, chain and the highlighted marker) with no links, labels or ids.
    /// Places outside the coastline's box are left out.
    /// </summary>
    public static string Render(IReadOnlyList<MapPlace> places, string? highlightId, bool thumbnail = false)
    {
        ArgumentNullException.ThrowIfNull(places);
        var projection = MapProjection.Default;
        return thumbnail
            ? RenderThumbnail(projection, places, highlightId)
            : RenderFull(projection, places, highlightId);
    }

    /// <summary>The label shown on the map: "Iturup (Etorofu)" becomes "Iturup / Etorofu".</summary>
    internal static string LabelFor(MapPlace place)
    {
        var title = place.Title.Trim();
        var open = title.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && title.EndsWith(')'))
        {
            var inner = title[(open + 2)..^1].Trim();
            if (inner.Length > 0)
            {
                return title[..open].TrimEnd() + " / " + inner;
            }
        }

        return title;
    }

    /// <summary>The tooltip: "Iturup (Etorofu) — 択捉島 / Итуруп".</summary>
    internal static string TooltipFor(MapPlace place)
    {
        var names = new[] { place.JapaneseName, place.RussianName }
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim())
            .ToArray();
        return names.Length == 0 ? place.Title : place.Title + " — " + string.Join(" / ", names);
    }

    private static string RenderFull(MapProjection projection, IReadOnlyList<MapPlace> places, string? highlightId)
    {
        var visible = places.Where(p => projection.Contains(p.Lat, p.Lon)).ToList();
        var disputed = visible.Where(p => p.Disputed).ToList();
        var minor = visible.Where(p => !p.Disputed).ToList();
        var current = visible.FirstOrDefault(p => IsCurrent(p, highlightId));

        var placer = new LabelPlacer(MapProjection.Width, projection.Height, ProjectedLand.Value);
        foreach (var place in visible)
        {
            var (x, y) = projection.Project(place.Lat, place.Lon);
            placer.AddMarker(x, y, place.Disputed ? CurrentRadius : MinorRadius);
        }

        var sb = new StringBuilder(16 * 1024);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 ")
            .Append(MapProjection.Width).Append(' ').Append(projection.Height)
            .Append("\" role=\"group\" aria-labelledby=\"").Append(TitleId).Append(' ').Append(DescId).Append("\">");
        sb.Append("<title id=\"").Append(TitleId).Append("\">").Append(SvgText.Escape(MapTitle)).Append("</title>");
        sb.Append("<desc id=\"").Append(DescId).Append("\">").Append(SvgText.Escape(Description(disputed, current))).Append("</desc>");
        AppendBase(sb, projection, LandPath.Value, ChainPath.Value);

        // Disputed labels are placed first so they get the best spots; minor places are drawn first so that
        // disputed islands sit on top.
        var placements = new Dictionary<MapPlace, LabelPlacement>(ReferenceEqualityComparer.Instance);
        foreach (var place in disputed)
        {
            var (x, y) = projection.Project(place.Lat, place.Lon);
            var radius = ReferenceEquals(place, current) ? CurrentRadius : IslandRadius;
            placements[place] = placer.Place(x, y, radius, LabelFor(place), LabelFontSize);
        }

        foreach (var place in minor)
        {
            var (x, y) = projection.Project(place.Lat, place.Lon);
            placements[place] = placer.Place(x, y, MinorRadius, place.Title, MinorFontSize);
        }

        foreach (var place in minor)
        {
            var (x, y) = projection.Project(place.Lat, place.Lon);
            sb.Append("<g class=\"map-place").Append(ReferenceEquals(place, current) ? " is-current" : string.Empty)
                .Append("\" data-id=\"").Append(SvgText.Escape(place.Id)).Append("\">");
            AppendCircle(sb, x, y, MinorRadius);
            AppendLabel(sb, placements[place], place.Title, MinorFontSize);
            sb.Append("</g>");
        }

        foreach (var place in disputed)
        {
            var (x, y) = projection.Project(place.Lat, place.Lon);
            var isCurrent = ReferenceEquals(place, current);
            sb.Append("<a href=\"").Append(SvgText.Escape(place.Href))
                .Append("\" class=\"map-island").Append(isCurrent ? " is-current\" aria-current=\"page" : string.Empty)
                .Append("\" data-id=\"").Append(SvgText.Escape(place.Id)).Append("\">");
            sb.Append("<title>").Append(SvgText.Escape(TooltipFor(place))).Append("</title>");
            AppendCircle(sb, x, y, isCurrent ? CurrentRadius : IslandRadius);
            AppendLabel(sb, placements[place], LabelFor(place), LabelFontSize);
            sb.Append("</a>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string RenderThumbnail(MapProjection projection, IReadOnlyList<MapPlace> places, string? highlightId)
    {
        var height = (int)Math.Round((double)ThumbWidth * projection.Height / MapProjection.Width, MidpointRounding.AwayFromZero);
        var sb = new StringBuilder(8 * 1024);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map map-thumb\" viewBox=\"0 0 ")
            .Append(MapProjection.Width).Append(' ').Append(projection.Height)
            .Append("\" width=\"").Append(ThumbWidth).Append("\" height=\"").Append(height)
            .Append("\" aria-hidden=\"true\" focusable=\"false\">");
        AppendBase(sb, projection, ThumbLandPath.Value, ThumbChainPath.Value, ownColours: true);

        var current = places.FirstOrDefault(p => IsCurrent(p, highlightId) && projection.Contains(p.Lat, p.Lon));
        if (current is not null)
        {
            var (x, y) = projection.Project(current.Lat, current.Lon);
            sb.Append("<g class=\"map-island is-current\" fill=\"#b35c00\" stroke=\"#ffffff\" stroke-width=\"4\">");
            AppendCircle(sb, x, y, ThumbRadius, decimals: 0);
            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static bool IsCurrent(MapPlace place, string? highlightId) =>
        highlightId is not null && string.Equals(place.Id, highlightId, StringComparison.Ordinal);

    private static string Description(IReadOnlyList<MapPlace> disputed, MapPlace? current)
    {
        var sb = new StringBuilder(
            "Map of the four islands administered by Russia since 1945 and claimed by Japan, off the eastern tip of Hokkaido");
        if (disputed.Count > 0)
        {
            sb.Append(": ").Append(string.Join(", ", disputed.Select(p => p.Title)));
        }

        sb.Append(". A dashed line follows the Kuril chain north-east towards Kamchatka.");
        if (current is not null)
        {
            sb.Append(" Highlighted: ").Append(current.Title).Append('.');
        }

        return sb.ToString();
    }

    /// <summary>
    /// A full map takes its colours from the page's stylesheet. A thumbnail is loaded as an image, which no
    /// stylesheet reaches (and the site's CSP forbids a style element), so it carries neutral fills of its own.
    /// </summary>
    private static void AppendBase(StringBuilder sb, MapProjection projection, string land, string chain, bool ownColours = false)
    {
        sb.Append("<rect class=\"map-sea\" x=\"0\" y=\"0\" width=\"").Append(MapProjection.Width)
            .Append("\" height=\"").Append(projection.Height).Append(ownColours ? "\" fill=\"#dfe8ee\"/>" : "\"/>");
        sb.Append("<path class=\"map-land\" d=\"").Append(land).Append(ownColours ? "\" fill=\"#c9c4b5\"/>" : "\"/>");
        sb.Append("<path class=\"map-chain\" d=\"").Append(chain).Append("\" fill=\"none\" stroke-dasharray=\"12 8\"")
            .Append(ownColours ? " stroke=\"#6b6e75\" stroke-width=\"3\"/>" : "/>");
    }

    private static void AppendCircle(StringBuilder sb, double x, double y, double radius, int decimals = 1) =>
        sb.Append("<circle cx=\"").Append(SvgText.Number(x, decimals))
            .Append("\" cy=\"").Append(SvgText.Number(y, decimals))
            .Append("\" r=\"").Append(SvgText.Number(radius, decimals)).Append("\"/>");

    private static void AppendLabel(StringBuilder sb, LabelPlacement at, string text, double fontSize) =>
        sb.Append("<text class=\"map-label\" x=\"").Append(SvgText.Number(at.X))
            .Append("\" y=\"").Append(SvgText.Number(at.Y))
            .Append("\" font-size=\"").Append(SvgText.Number(fontSize))
            .Append("\" text-anchor=\"").Append(at.Anchor).Append("\">")
            .Append(SvgText.Escape(text)).Append("</text>");

    private static IReadOnlyList<(double X, double Y)[]> ProjectLand()
    {
        var projection = MapProjection.Default;
        return Coastline.Default.Rings
            .Select(ring => ring.Select(p => projection.Project(p.Lat, p.Lon)).ToArray())
            .ToList()
            .AsReadOnly();
    }

    private static (double X, double Y)[] ProjectChain()
    {
        var projection = MapProjection.Default;
        return ChainAxis.Select(p => projection.Project(p.Lat, p.Lon)).ToArray();
    }

    private static string BuildPath(IEnumerable<(double X, double Y)[]> rings, int decimals, bool close)
    {
        var sb = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = new List<(string X, string Y)>(ring.Length);
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
                if (i > 1)
                {
                    sb.Append(' ');
                }

                sb.Append(points[i].X).Append(' ').Append(points[i].Y);
            }

            if (close)
            {
                sb.Append('Z');
            }
        }

        return sb.ToString();
    }
}
