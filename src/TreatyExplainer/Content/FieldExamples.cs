namespace TreatyExplainer.Content;

/// <summary>
/// Examples for the fields every kind shares, taken from a real entry of that kind, so a person's template shows a
/// person and not an island. Fields only one kind takes keep the single example in <see cref="FrontMatterSchema"/>.
/// </summary>
public static class FieldExamples
{
    private static readonly Dictionary<Kind, Dictionary<string, string>> ByKind = new()
    {
        [Kind.Island] = new(StringComparer.Ordinal)
        {
            ["title"] = "Iturup",
            ["summary"] = "The largest of the four disputed islands.",
            ["aliases"] = "[Etorofu, 択捉島, Итуруп]",
            ["names"] = "{ en: Iturup, ja: 択捉島, ru: Итуруп, ja_latin: Etorofu, ru_latin: Iturup }",
            ["redirect_from"] = "[/islands/etorofu-island/]",
        },
        [Kind.Person] = new(StringComparer.Ordinal)
        {
            ["title"] = "Sergey Lavrov",
            ["summary"] = "Russia's foreign minister since 2004, counterpart to successive Japanese foreign ministers.",
            ["aliases"] = "[Lavrov, Sergei Lavrov, Сергей Лавров]",
            ["names"] = "{ en: Sergey Lavrov, ja: セルゲイ・ラブロフ, ru: Сергей Викторович Лавров }",
            ["redirect_from"] = "[/people/sergei-lavrov/]",
        },
        [Kind.Treaty] = new(StringComparer.Ordinal)
        {
            ["title"] = "Soviet-Japanese Joint Declaration",
            ["summary"] = "The 1956 declaration that ended the state of war between Japan and the Soviet Union and restored relations.",
            ["aliases"] = "[1956 Joint Declaration, 日ソ共同宣言]",
            ["names"] = "{ en: Soviet-Japanese Joint Declaration, ja: 日ソ共同宣言, ru: Советско-японская декларация }",
            ["redirect_from"] = "[/treaties/1956-joint-declaration/]",
        },
        [Kind.Term] = new(StringComparer.Ordinal)
        {
            ["title"] = "Northern Territories",
            ["summary"] = "Japan's official name for the four disputed island areas off Hokkaido, which Russia calls the Southern Kurils.",
            ["aliases"] = "[北方領土, Hoppō Ryōdo, Северные территории]",
            ["names"] = "{ en: Northern Territories, ja: 北方領土, ru: Северные территории }",
            ["redirect_from"] = "[/terms/hoppo-ryodo/]",
        },
        [Kind.Event] = new(StringComparer.Ordinal)
        {
            ["title"] = "Soviet occupation of the islands",
            ["summary"] = "The Soviet campaign of August–September 1945 that took the Kuril chain.",
            ["aliases"] = "[Kuril Islands landing operation, Курильская десантная операция]",
            ["names"] = "{ en: Soviet occupation of the islands, ru: Курильская десантная операция }",
            ["date"] = "1945-08-18",
            ["redirect_from"] = "[/events/soviet-occupation/]",
        },
        [Kind.Source] = new(StringComparer.Ordinal)
        {
            ["title"] = "\"Kyodo: Japan and Russia agree to plan an Abe–Putin meeting in Russia (15 April 2016)\"",
            ["summary"] = "Kyodo reports that Fumio Kishida and Sergey Lavrov agreed in Tokyo to fix dates for an Abe–Putin meeting in Russia.",
            ["redirect_from"] = "[/sources/kyodo-2016-04-15-report/]",
        },
        [Kind.Reference] = new(StringComparer.Ordinal)
        {
            ["title"] = "\"Japanese Territory: Northern Territories\"",
            ["summary"] = "The page in which Japan's foreign ministry sets out its government's position on the four islands.",
            ["redirect_from"] = "[/references/mofa-territory-page/]",
        },
        [Kind.Page] = new(StringComparer.Ordinal)
        {
            ["title"] = "About this site",
            ["summary"] = "How TreatyExplainer is made, and how to suggest a correction.",
            ["redirect_from"] = "[/about-this-site/]",
        },
    };

    /// <summary>The example of <paramref name="field"/> for an entry of <paramref name="kind"/>.</summary>
    public static string For(Kind kind, FieldSpec field) => field.Key == "kind"
        ? kind.Name()
        : ByKind[kind].GetValueOrDefault(field.Key) ?? field.Example;
}
