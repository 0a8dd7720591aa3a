using System.Text;

namespace TreatyExplainer.Rendering;

public static class Html
{
    /// <summary>Escapes the five characters that matter in text and quoted attributes, leaving other scripts readable.</summary>
    public static string Escape(string text)
    {
        var firstSpecial = text.AsSpan().IndexOfAny("&<>\"'");
        if (firstSpecial < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, firstSpecial);
        for (var i = firstSpecial; i < text.Length; i++)
        {
            builder.Append(text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                var c => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
