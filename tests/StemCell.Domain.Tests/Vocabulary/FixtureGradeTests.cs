using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>
/// <see cref="FixtureGrade"/> is defined only in TestData/VocabularyDefinitions/fixture-grade.json and its lock line,
/// and generated like every vocabulary of the library: adding a vocabulary is one definition and its lock lines.
/// </summary>
public sealed class FixtureGradeTests
{
    [Fact]
    public void Terms_AreTheDefinitionsTermsInOrder()
    {
        Assert.Equal(["low", "high"], FixtureGrade.All.Select(t => t.Code).ToArray());
        Assert.Equal([1, 2], FixtureGrade.All.Select(t => t.Value).ToArray());
        Assert.Equal("fixture-grade", FixtureGrade.VocabularyName);
        Assert.Equal("The lower of the two made-up grades.", FixtureGrade.Low.Definition);
    }

    [Theory]
    [InlineData("low", "low")]
    [InlineData("HIGH", "high")]
    [InlineData("l", "low")]
    [InlineData("Lowest", "low")]
    public void FromCode_CodeOrSynonymInAnyCase_FindsTheTerm(string input, string code)
    {
        Assert.Equal(code, FixtureGrade.FromCode(input).Code);
        Assert.True(FixtureGrade.TryFromCode(input.AsSpan(), out var term));
        Assert.Same(FixtureGrade.FromCode(input), term);
        Assert.Same(term, FixtureGrade.Parse(input, provider: null));
    }

    [Fact]
    public void FromCode_UnknownCode_ListsTheVocabularysCodes()
    {
        var exception = Assert.Throws<ArgumentException>(() => FixtureGrade.FromCode("medium"));

        Assert.Contains("'medium' is not a fixture-grade code. Expected one of: low, high", exception.Message, StringComparison.Ordinal);
        Assert.False(FixtureGrade.TryFromExactCode("LOW", out _));
    }

    [Fact]
    public void AttributesAndRelations_AreTheDefinitions()
    {
        Assert.Equal(1, FixtureGrade.Low.Rank);
        Assert.Null(FixtureGrade.High.Rank);
        Assert.Equal([Disease.MultipleSclerosis], FixtureGrade.Low.Diseases.ToArray());
        Assert.Equal([Disease.MultipleSclerosis, Disease.AmyotrophicLateralSclerosis], FixtureGrade.High.Diseases.ToArray());
    }

    [Fact]
    public void LockFile_LocksEveryTermWithItsValue()
    {
        var (entries, problems) = VocabularyLockFile.Parse(File.ReadAllLines(RepositoryFiles.TestData("VocabularyDefinitions/vocabulary.lock")));
        List<LockEntry> current = [.. FixtureGrade.All.Select(t => new LockEntry(FixtureGrade.VocabularyName, t.Code, t.Value))];

        Assert.Empty(problems);
        Assert.Empty(VocabularyLockFile.FindBrokenPromises(entries, current));
        Assert.Empty(VocabularyLockFile.FindUnlockedTerms(entries, current));
    }
}
