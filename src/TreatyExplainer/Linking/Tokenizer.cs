using System.Globalization;

namespace TreatyExplainer.Linking;

/// <summary>
/// Splits text into the units that aliases are matched on. Latin and Cyrillic words are runs of letters, digits and
/// combining marks, so "Kuril" never matches inside "Kurilsk". CJK scripts have no spaces, so each character is a
/// token of its own and an alias matches wherever its characters stand together. Every other visible character
/// is a token by itself, which makes "Abe's" the tokens Abe, ' and s.
/// </summary>
public static class Tokenizer
{
    private enum CharClass : byte
    {
        Space,
        Word,
        Single,
    }

    private static readonly CharClass[] Ascii = BuildAsciiTable();
    private static readonly char[] Folded = new char[char.MaxValue + 1];

    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = c < 128 ? Ascii[c] : Classify(c);
            if (cls == CharClass.Space)
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            if (cls == CharClass.Word)
            {
                while (i < text.Length)
                {
                    var next = text[i];
                    if ((next < 128 ? Ascii[next] : Classify(next)) != CharClass.Word) break;
                    i++;
                }
            }
            tokens.Add(new Token(start, i - start, KeyOf(text.Slice(start, i - start))));
        }
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text.AsSpan(), tokens);
        return tokens;
    }

    /// <summary>Whether the character belongs to a Latin or Cyrillic word, so a name touching it is part of a longer word.</summary>
    public static bool IsWordChar(char c) => (c < 128 ? Ascii[c] : Classify(c)) == CharClass.Word;

    /// <summary>Length and the case-folded first and last characters: equal for any two spans an ignore-case comparison calls equal.</summary>
    public static int KeyOf(ReadOnlySpan<char> token)
    {
        var first = Fold(token[0]);
        var last = Fold(token[^1]);
        return (token.Length * 31 + first) * 31 + last;
    }

    private static char Fold(char c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        // Upper-casing outside ASCII goes through ICU, once per token of Cyrillic or CJK text; each character's answer is
        // kept instead. Threads may race to fill a slot, but they write the same value.
        var folded = Folded[c];
        if (folded == 0) Folded[c] = folded = char.ToUpperInvariant(c);
        return folded;
    }

    private static CharClass Classify(char c)
    {
        if (char.IsWhiteSpace(c)) return CharClass.Space;
        if (IsCjk(c)) return CharClass.Single;
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)) return CharClass.Word;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Word,
            UnicodeCategory.Format => CharClass.Space,
            _ => CharClass.Single,
        };
    }

    /// <summary>Han, kana, Hangul and their compatibility forms: scripts written without spaces between words.</summary>
    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // Hiragana, Katakana
            or (>= '\u31F0' and <= '\u31FF') // Katakana extensions
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uF900' and <= '\uFAFF') // CJK compatibility ideographs
            or (>= '\uFF66' and <= '\uFF9F') // half-width Katakana
            or (>= '\uAC00' and <= '\uD7AF') // Hangul syllables
            or (>= '\u1100' and <= '\u11FF'); // Hangul jamo

    private static CharClass[] BuildAsciiTable()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) ? CharClass.Word
                : char.IsWhiteSpace((char)c) || char.IsControl((char)c) ? CharClass.Space
                : CharClass.Single;
        }
        return table;
    }
}
