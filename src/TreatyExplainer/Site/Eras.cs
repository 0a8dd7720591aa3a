namespace TreatyExplainer.Site;

/// <summary>The periods the timeline is grouped into.</summary>
public static class Eras
{
    public static readonly IReadOnlyList<(string Name, int FirstYear)> All =
    [
        ("1855–1905: borders drawn and redrawn", int.MinValue),
        ("1945–1956: war’s end and the Joint Declaration", 1906),
        ("1956–1991: the Cold War", 1957),
        ("1991–2018: talks after the Soviet Union", 1991),
        ("2018–now: acceleration and breakdown", 2018),
    ];

    public static string Of(DateOnly date)
    {
        var era = All[0].Name;
        foreach (var (name, firstYear) in All)
        {
            if (date.Year >= firstYear) era = name;
        }
        return era;
    }
}
