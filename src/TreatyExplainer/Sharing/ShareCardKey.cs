using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;
using Svg.Skia;

namespace TreatyExplainer.Sharing;

/// <summary>
/// A card's content address: a hash of everything that decides its pixels (the map SVG, the brand and title, the
/// font's bytes, the card's size, the code that draws it and the versions of the libraries it draws with), so a card
/// an earlier build drew is reused exactly when drawing it again would give the same bytes.
/// </summary>
internal static class ShareCardKey
{
    // The csproj embeds the drawing code's source under this prefix: editing how a card is drawn renames every card,
    // with nobody having to remember to bump a version.
    private const string SourcePrefix = "share-card-source/";

    private static readonly Lazy<string> CachedDrawing = new(() => string.Join('\n',
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DrawingSource))),
        Library(typeof(SKSurface).Assembly),
        Library(typeof(SKSvg).Assembly)));

    /// <summary>The drawing code's hash and the library versions: what the key holds besides the card's own inputs.</summary>
    public static string Drawing => CachedDrawing.Value;

    /// <summary>The embedded source of the drawing code, file after file in ordinal order of their names.</summary>
    public static string DrawingSource
    {
        get
        {
            var assembly = typeof(ShareCardKey).Assembly;
            var text = new StringBuilder();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                text.Append(name).Append('\n').Append(reader.ReadToEnd());
            }
            return text.ToString();
        }
    }

    /// <summary>16 hex digits naming the card drawn from these inputs with this build's drawing code.</summary>
    public static string Of(string svg, string brand, string title, string fontHash) => Of(Drawing, svg, brand, title, fontHash);

    public static string Of(string drawing, string svg, string brand, string title, string fontHash)
    {
        // Each part goes in with its length, so no two different sets of inputs run together into the same text.
        string[] parts = [drawing, $"{ShareCard.Width}x{ShareCard.Height}", fontHash, brand, title, svg];
        var key = string.Join('\n', parts.Select(part => $"{part.Length}:{part}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private static string Library(Assembly assembly) =>
        assembly.GetName().Name + " " + (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString());
}
