using TreatyExplainer.Linking;

namespace TreatyExplainer.Tests.Linking;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void SplitsLatinWordsAndPunctuation() =>
        Assert.Equal(["Abe", "'", "s", "plan", "(", "2016", ")"], Words("Abe's plan (2016)"));

    [Fact]
    public void KeepsCyrillicWordsWhole() =>
        Assert.Equal(["Сергей", "Лавров", ","], Words("Сергей Лавров,"));

    [Fact]
    public void SplitsCjkIntoSingleCharacters() =>
        Assert.Equal(["択", "捉", "島", "は", "Etorofu"], Words("択捉島は Etorofu"));

    [Fact]
    public void KeepsCombiningMarksInsideWords() =>
        Assert.Equal(["Ryo\u0304ryo\u0304"], Words("Ryo\u0304ryo\u0304"));

    [Fact]
    public void EqualIgnoringCaseMeansEqualKeys() =>
        Assert.Equal(Tokenizer.KeyOf("Peace"), Tokenizer.KeyOf("PEACE"));
}
