using System.Buffers;
using System.Globalization;

namespace TreatyExplainer.Rendering;

/// <summary>
/// Finds the Japanese and Russian runs in a piece of text, by script: Han, Hiragana, Katakana and CJK punctuation
/// are Japanese; Cyrillic is Russian. Spaces, digits and punctuation between two letters of one script belong to
/// its run, so "Южно-Курильск" or "北方 領土" is one run, but a run starts and ends on a letter of its script.
/// </summary>
public static class ScriptRuns
{
    public enum Script : byte
    {
        Other,
        Neutral,
        Mark,
        Japanese,
        Russian,
    }

    public readonly record struct Run(int Start, int End, string Lang);

    // The blocks of each script, in one place: Of(char) classifies by them and RunStarts searches for them.
    private static readonly (char First, char Last)[] Russian =
        [('\u0400', '\u052F'), ('\u1C80', '\u1C8F'), ('\u2DE0', '\u2DFF'), ('\uA640', '\uA69F')];

    private static readonly (char First, char Last)[] Japanese =
    [
        ('\u3000', '\u303F'), ('\u3040', '\u30FF'), ('\u31F0', '\u31FF'), ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'),
        ('\uF900', '\uFAFF'), ('\uFF01', '\uFF9F'),
    ];

    /// <summary>CJK Extensions B to H, outside the Basic Multilingual Plane: Japanese too.</summary>
    private const int FirstExtension = 0x20000;
    private const int LastExtension = 0x3134F;

    /// <summary>
    /// Every character a run can start with: the letters of either script, and the high surrogates of the CJK
    /// extensions. Searching for them is vectorised; most text holds none.
    /// </summary>
    private static readonly SearchValues<char> RunStarts = SearchValues.Create(string.Concat(
        Russian.Concat(Japanese)
            .Append((First: char.ConvertFromUtf32(FirstExtension)[0], Last: char.ConvertFromUtf32(LastExtension)[0]))
            .Select(r => new string([.. Enumerable.Range(r.First, r.Last - r.First + 1).Select(c => (char)c)]))));

    /// <summary>Whether the text may hold a run at all: most pages are Latin only, and skip the scan.</summary>
    public static bool MayContain(ReadOnlySpan<char> text) => text.ContainsAny(RunStarts);

    public static void Find(ReadOnlySpan<char> text, List<Run> runs)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Nothing before the next possible start can begin a run (and a low surrogate is never one).
            var skip = text[i..].IndexOfAny(RunStarts);
            if (skip < 0) break;
            i += skip;
            var (script, width) = Of(text, i);
            if (script is not (Script.Japanese or Script.Russian))
            {
                i += width;
                continue;
            }
            var start = i;
            var end = i + width;
            i = end;
            while (i < text.Length)
            {
                var (next, size) = Of(text, i);
                if (next == script || (next == Script.Mark && end == i)) end = i + size;
                else if (next != Script.Neutral) break;
                i += size;
            }
            runs.Add(new Run(start, end, script == Script.Japanese ? "ja" : "ru"));
            i = end;
        }
    }

    /// <summary>The script of the character (or surrogate pair) at <paramref name="i"/>, and how many chars it takes.</summary>
    public static (Script Script, int Width) Of(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var code = char.ConvertToUtf32(c, text[i + 1]);
            return (code is >= FirstExtension and <= LastExtension ? Script.Japanese : Script.Other, 2);
        }
        return (Of(c), 1);
    }

    private static Script Of(char c)
    {
        if (c < '\u0300') return char.IsLetter(c) ? Script.Other : Script.Neutral;
        if (In(Russian, c)) return Script.Russian;
        if (In(Japanese, c)) return Script.Japanese;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Script.Mark,
            var category when char.IsLetterOrDigit(c) && category != UnicodeCategory.DecimalDigitNumber => Script.Other,
            _ => Script.Neutral,
        };
    }

    private static bool In((char First, char Last)[] ranges, char c)
    {
        foreach (var (first, last) in ranges)
        {
            if (c >= first && c <= last) return true;
        }
        return false;
    }
}
