using System.Text;

namespace TreatyExplainer.Map;

/// <summary>Writes SVG markup element by element; every attribute value is escaped, null values are left out.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new(16 * 1024);

    public SvgWriter Open(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        _sb.Append('>');
        return this;
    }

    public SvgWriter Empty(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        _sb.Append("/>");
        return this;
    }

    public SvgWriter Close(string name)
    {
        _sb.Append("</").Append(name).Append('>');
        return this;
    }

    public SvgWriter Text(string text)
    {
        _sb.Append(SvgText.Escape(text));
        return this;
    }

    /// <summary>An element holding only text: <c>&lt;title&gt;</c>, <c>&lt;desc&gt;</c>, a <c>&lt;tspan&gt;</c>.</summary>
    public SvgWriter Element(string name, string text, params (string Name, string? Value)[] attributes) =>
        Open(name, attributes).Text(text).Close(name);

    public override string ToString() => _sb.ToString();

    private void Start(string name, (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                _sb.Append(' ').Append(attribute).Append("=\"").Append(SvgText.Escape(value)).Append('"');
            }
        }
    }
}
