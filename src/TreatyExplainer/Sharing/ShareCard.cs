using SkiaSharp;
using Svg.Skia;

namespace TreatyExplainer.Sharing;

/// <summary>
/// Draws one <c>og:image</c> card: the site's map SVG on the right, the page title on a plain panel on the left,
/// 1200×630 PNG. Every glyph comes from the one typeface given (a file in theme/fonts/), never from the machine's
/// fonts, so the bytes are the same on a laptop and on the build server.
/// </summary>
public static class ShareCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The title panel: text starts at <see cref="Margin"/> and wraps before <see cref="PanelWidth"/>.</summary>
    public const int Margin = 64;
    public const int PanelWidth = 560;

    private static readonly SKColor Paper = new(0xf7, 0xf5, 0xef);
    private static readonly SKColor Ink = new(0x1d, 0x1d, 0x1f);
    private static readonly SKColor Sea = new(0xdb, 0xe7, 0xf0);
    private static readonly SKColor Accent = new(0x1a, 0x4f, 0x8b);

    /// <summary>The PNG bytes of the card. Throws when the SVG cannot be read or drawn; the caller turns that into a diagnostic.</summary>
    public static byte[] Render(string mapSvg, string brand, string title, SKTypeface typeface)
    {
        using var svg = new SKSvg();
        svg.Settings.TypefaceProviders!.Clear();
        svg.Settings.TypefaceProviders.Add(new OneTypeface(typeface));
        var picture = svg.FromSvg(CardSvg.ForRenderer(mapSvg)) ?? throw new InvalidDataException("the map SVG could not be read");
        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0) throw new InvalidDataException("the map SVG has no size");

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a drawing surface");
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        DrawMap(canvas, picture, bounds);
        DrawTitle(canvas, brand, title, typeface);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("Skia could not encode the PNG");
        return png.ToArray();
    }

    /// <summary>The whole map, fitted into the card right of the panel on a sea of its own colour, so no label is cut.</summary>
    private static void DrawMap(SKCanvas canvas, SKPicture picture, SKRect bounds)
    {
        const float areaWidth = Width - PanelWidth;
        using (var sea = new SKPaint { Color = Sea, IsAntialias = false }) canvas.DrawRect(PanelWidth, 0, areaWidth, Height, sea);
        var scale = Math.Min(Height / bounds.Height, areaWidth / bounds.Width);
        canvas.Save();
        canvas.Translate(PanelWidth + (areaWidth - bounds.Width * scale) / 2, (Height - bounds.Height * scale) / 2);
        canvas.Scale(scale);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
        using var rule = new SKPaint { Color = Accent, IsAntialias = false };
        canvas.DrawRect(0, Height - 12, Width, 12, rule);
    }

    private static void DrawTitle(SKCanvas canvas, string brand, string title, SKTypeface typeface)
    {
        using var brandFont = Font(typeface, 30);
        using var brandPaint = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawText(brand, Margin, Margin + 30, SKTextAlign.Left, brandFont, brandPaint);

        var (lines, size) = TitleLayout.Fit(title, PanelWidth - 2 * Margin, 4, text => MeasureAt(typeface, text));
        using var titleFont = Font(typeface, size);
        using var titlePaint = new SKPaint { Color = Ink, IsAntialias = true };
        var lineHeight = size * 1.2f;
        var top = (Height - lineHeight * lines.Count) / 2 + size;
        for (var i = 0; i < lines.Count; i++)
            canvas.DrawText(lines[i], Margin, top + i * lineHeight, SKTextAlign.Left, titleFont, titlePaint);
    }

    /// <summary>Width of <paramref name="text"/> at 1 px, so the layout can scale it to any size.</summary>
    private static float MeasureAt(SKTypeface typeface, string text)
    {
        using var font = Font(typeface, 100);
        return font.MeasureText(text) / 100f;
    }

    // No hinting or subpixel positioning: those follow the platform's rasteriser settings, and the bytes must not.
    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };
}
