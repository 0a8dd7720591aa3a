using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace TreatyExplainer.Sharing;

/// <summary>Answers every font request of the SVG renderer with one typeface, so the machine's fonts never matter.</summary>
internal sealed class OneTypeface(SKTypeface typeface) : ITypefaceProvider
{
    public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) => typeface;
}
