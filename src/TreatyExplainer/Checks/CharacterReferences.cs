using System.Globalization;

namespace TreatyExplainer.Checks;

/// <summary>
/// The character references <see cref="MarkupReader"/> accepts, given without the '&amp;' and ';': the named ones the
/// generator's escaping writes, and numeric ones to a character the HTML5 tokenizer takes without complaint.
/// </summary>
internal static class CharacterReferences
{
    public static string? Decode(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00A0";
        }
        if (name.Length < 2 || name[0] != '#') return null;
        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 6
            || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || !IsPlainCharacter(code)) return null;
        return char.ConvertFromUtf32(code);
    }

    // No NUL, control, surrogate, noncharacter or out-of-range code point: the tokenizer reports each of those.
    private static bool IsPlainCharacter(int code) =>
        code is '\t' or '\n' or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
        && (code & 0xFFFE) != 0xFFFE;
}
