using System.Globalization;
using System.Text;

namespace TreatyExplainer.Map;

/// <summary>Escaping and number formatting for hand-written SVG markup.</summary>
internal static class SvgText
{
    /// <summary>Escapes text for use in XML/HTML content and attribute values, and drops characters XML forbids.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n' or '\r': sb.Append(c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats a number with at most <paramref name="decimals"/> decimals, invariantly and without "-0".</summary>
    public static string Number(double value, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        var format = decimals <= 0 ? "0" : "0." + new string('#', decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }
}
