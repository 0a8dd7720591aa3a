using System.Security.Cryptography;
using SkiaSharp;
using TreatyExplainer.Content;
using TreatyExplainer.Diagnostics;
using TreatyExplainer.Output;
using TreatyExplainer.Site;

namespace TreatyExplainer.Sharing;

/// <summary>
/// The site's <c>og:image</c> cards: one for the site, one per island with a map. A card's file name is a hash of
/// what it is drawn from (<see cref="ShareCardKey"/>: map SVG, title, font, drawing code), so an unchanged card is taken
/// from the last two generations of output/ (output/ and its back buffer) instead of being drawn again. Nothing is
/// written here: the cards go to the output like every other file.
/// </summary>
public sealed class ShareImages
{
    public const string FontFile = "fonts/DejaVuSans-Bold.ttf";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private int _drawn;

    private readonly Dictionary<string, ShareImage> _byEntry = new(StringComparer.Ordinal);
    private readonly List<(string SitePath, byte[] Bytes)> _files = [];

    private ShareImages()
    {
    }

    /// <summary>How many cards this build drew; a card reused from an earlier build is not counted.</summary>
    public int Drawn => _drawn;

    public ShareImage? Site { get; private set; }

    public IReadOnlyList<(string SitePath, byte[] Bytes)> Files => _files;

    /// <summary>No cards: the site has no absolute base URL, and an <c>og:image</c> must be absolute.</summary>
    public static ShareImages None { get; } = new();

    /// <param name="mapSvg">The map as pages show it, with one place highlighted or none: the seam any map renderer plugs into.</param>
    /// <param name="islands">The ids of the islands that have a map.</param>
    public static ShareImages Make(SiteModel model, Func<string?, string> mapSvg, IReadOnlySet<string> islands,
        string brand, string themeFolder, string outputFolder, DiagnosticBag diagnostics)
    {
        var images = new ShareImages();
        var fontPath = Path.Combine(themeFolder, FontFile);
        var relativeFont = "theme/" + FontFile;
        if (!File.Exists(fontPath))
        {
            diagnostics.Add(Diagnostic.Warning(relativeFont, 1, 1, DiagnosticCodes.ShareImageFailed,
                "no font for the og:image cards, so pages have no og:image; restore the font file from git"));
            return images;
        }
        var fontBytes = File.ReadAllBytes(fontPath);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(fontBytes));
        if (typeface is null)
        {
            diagnostics.Add(Diagnostic.Warning(relativeFont, 1, 1, DiagnosticCodes.ShareImageFailed, "the og:image font cannot be read as a font, so pages have no og:image"));
            return images;
        }
        var fontHash = Convert.ToHexStringLower(SHA256.HashData(fontBytes));
        var home = model.Index.Find("index");
        var cards = new List<(Entry? Entry, string Id, string? Highlight, string Title, string Alt)>
        {
            (home, "site", null, home?.Title ?? brand, "Map of the southern Kuril Islands, with the site's name"),
        };
        foreach (var entry in model.Index.Entries.Where(e => e.Kind == Kind.Island && islands.Contains(e.Id)))
            cards.Add((entry, entry.Id, entry.Id, entry.Title, $"Map of the southern Kuril Islands with {entry.Title} marked"));

        var made = new (string SitePath, byte[]? Bytes)[cards.Count];
        Parallel.For(0, cards.Count, i =>
        {
            var card = cards[i];
            made[i] = images.Card(card.Id, mapSvg, card.Highlight, brand, card.Title, fontHash, typeface, outputFolder, diagnostics, card.Entry?.Document.Path ?? relativeFont);
        });
        for (var i = 0; i < cards.Count; i++)
        {
            if (made[i].Bytes is not { } bytes) continue;
            var image = new ShareImage(made[i].SitePath, cards[i].Alt);
            images._files.Add((made[i].SitePath, bytes));
            if (i == 0) images.Site = image;
            else images._byEntry[cards[i].Id] = image;
        }
        return images;
    }

    /// <summary>The entry's own card when it has one, else the site's.</summary>
    public ShareImage? For(Entry entry) => _byEntry.GetValueOrDefault(entry.Id) ?? Site;

    private (string SitePath, byte[]? Bytes) Card(string id, Func<string?, string> mapSvg, string? highlight, string brand, string title,
        string fontHash, SKTypeface typeface, string outputFolder, DiagnosticBag diagnostics, string sourcePath)
    {
        string svg;
        try
        {
            svg = mapSvg(highlight);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Warning(sourcePath, 1, 1, DiagnosticCodes.ShareImageFailed, $"the map for the og:image could not be drawn: {e.Message}"));
            return ("", null);
        }
        var name = $"share-{id}.{ShareCardKey.Of(svg, brand, title, fontHash)}.png";
        var sitePath = "/assets/" + name;
        if (Earlier(outputFolder, name) is { } known) return (sitePath, known);
        try
        {
            var bytes = ShareCard.Render(svg, brand, title, typeface);
            Interlocked.Increment(ref _drawn);
            return (sitePath, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bad SVG, or a machine where Skia's native library will not load: the page goes without an og:image.
            diagnostics.Add(Diagnostic.Warning(sourcePath, 1, 1, DiagnosticCodes.ShareImageFailed, $"the og:image card could not be drawn: {Message(e)}"));
            return ("", null);
        }
    }

    /// <summary>The card as an earlier build wrote it, from output/ or the generation before it; null when neither has it.</summary>
    private static byte[]? Earlier(string outputFolder, string name)
    {
        foreach (var folder in new[] { outputFolder, OutputTransaction.BackOf(outputFolder) })
        {
            var path = Path.Combine(folder, "assets", name);
            try
            {
                if (RealPaths.KindOf(path) != RealPaths.EntryKind.File) continue;
                var bytes = File.ReadAllBytes(path);
                if (bytes.AsSpan().StartsWith(PngSignature)) return bytes;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: draw it again.
            }
        }
        return null;
    }

    private static string Message(Exception e) => e is TypeInitializationException or DllNotFoundException
        ? "Skia's native library could not be loaded (" + (e.InnerException ?? e).Message + ")"
        : e.Message;
}
