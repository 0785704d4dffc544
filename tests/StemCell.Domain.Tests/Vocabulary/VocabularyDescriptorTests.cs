using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed class VocabularyDescriptorTests
{
    private static readonly VocabularyDescriptor Diseases = Vocabularies.Find("disease");

    [Theory]
    [InlineData("multiple-sclerosis")]
    [InlineData("MS")]
    [InlineData("Multiple-Sclerosis")]
    public void Find_CodeOrSynonymInAnyCase_FindsTheTerm(string code)
    {
        Assert.Same(Disease.MultipleSclerosis, Diseases.Find(code));
        Assert.True(Diseases.TryFind(code, out var fromString));
        Assert.Same(Disease.MultipleSclerosis, fromString);
        Assert.True(Diseases.TryFind(code.AsSpan(), out var fromSpan));
        Assert.Same(Disease.MultipleSclerosis, fromSpan);
    }

    [Fact]
    public void Find_UnknownCode_ThrowsTheVocabularysOwnError()
    {
        var exception = Assert.Throws<ArgumentException>("code", () => Diseases.Find("parkinsons"));

        Assert.Equal(Assert.Throws<ArgumentException>(() => Disease.FromCode("parkinsons")).Message, exception.Message);
        Assert.Contains("disease", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("parkinsons")]
    [InlineData("relapsing-remitting-ms")]
    public void TryFind_CodeOfNoTermOfThisVocabulary_ReturnsFalse(string code)
    {
        Assert.False(Diseases.TryFind(code, out var fromString));
        Assert.Null(fromString);
        Assert.False(Diseases.TryFind(code.AsSpan(), out var fromSpan));
        Assert.Null(fromSpan);
    }

    [Fact]
    public void TryFind_Null_ReturnsFalse()
    {
        Assert.False(Diseases.TryFind((string?)null, out var term));
        Assert.Null(term);
        Assert.Throws<ArgumentNullException>("code", () => Diseases.Find(null!));
    }

    [Fact]
    public void Terms_AreEveryTermOfEveryVocabularyOnce()
    {
        var terms = Vocabularies.All.SelectMany(d => d.Terms).ToList();

        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.All(Vocabularies.All, d => Assert.All(d.Terms, t => Assert.Equal(d.Name, t.VocabularyName)));
    }
}
