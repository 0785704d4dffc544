using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class ScaleScoreTests
{
    [Theory]
    [InlineData("edss", 0)]
    [InlineData("edss", 3.5)]
    [InlineData("edss", 6)]
    [InlineData("edss", 10)]
    [InlineData("alsfrs-r", 0)]
    [InlineData("alsfrs-r", 38)]
    [InlineData("alsfrs-r", 48)]
    [InlineData("mitos-staging", 5)]
    [InlineData("msfc", -1.234)]
    [InlineData("msfc", 2.5)]
    public void Create_ScoreTheScaleCanProduce_Succeeds(string scale, double score)
    {
        var result = new ScaleScore(ClinicalScale.FromCode(scale), (decimal)score);

        Assert.Same(ClinicalScale.FromCode(scale), result.Scale);
        Assert.Equal((decimal)score, result.Score);
        Assert.True(ScaleScore.TryCreate(ClinicalScale.FromCode(scale), (decimal)score, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(result, tried);
    }

    [Theory]
    [InlineData("edss", 3.3)]
    [InlineData("edss", 10.5)]
    [InlineData("edss", -0.5)]
    [InlineData("alsfrs-r", 49)]
    [InlineData("alsfrs-r", -1)]
    [InlineData("alsfrs-r", 38.5)]
    [InlineData("mitos-staging", 6)]
    public void Create_ScoreTheScaleCannotProduce_Throws(string scale, double score)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>("score", () => new ScaleScore(ClinicalScale.FromCode(scale), (decimal)score));

        Assert.Contains(ClinicalScale.FromCode(scale).DisplayName, exception.Message, StringComparison.Ordinal);
        Assert.False(ScaleScore.TryCreate(ClinicalScale.FromCode(scale), (decimal)score, out var result, out var problems));
        Assert.Null(result);
        ProblemAssert.Paths(["score"], problems);
    }

    [Fact]
    public void Create_EdssMessage_StatesTheRangeAndStep()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ScaleScore(ClinicalScale.Edss, 3.3m));

        Assert.Contains("from 0 to 10 in steps of 0.5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_ScoreTheScaleCannotProduce_ReportsWhatTheConstructorThrows()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new ScaleScore(ClinicalScale.Edss, 3.3m));

        Assert.False(ScaleScore.TryCreate(ClinicalScale.Edss, 3.3m, out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems));
    }

    [Fact]
    public void Create_NullScale_Throws()
    {
        Assert.Throws<ArgumentNullException>("scale", () => new ScaleScore(null!, 1m));
        Assert.False(ScaleScore.TryCreate(null, 1m, out _, out var problems));
        ProblemAssert.Paths(["scale"], problems);
    }

    [Fact]
    public void Equality_ComparesScaleAndScore()
    {
        EqualityAssert.Equal(new ScaleScore(ClinicalScale.Edss, 3.5m), new ScaleScore(ClinicalScale.Edss, 3.50m));
        EqualityAssert.NotEqual(new ScaleScore(ClinicalScale.Edss, 3m), new ScaleScore(ClinicalScale.MitosStaging, 3m));
        EqualityAssert.NotEqual(new ScaleScore(ClinicalScale.Edss, 3m), new ScaleScore(ClinicalScale.Edss, 3.5m));
        EqualityAssert.NotEqualToNullOrOtherTypes(new ScaleScore(ClinicalScale.Edss, 3m));
        Assert.NotEqual<QuantitativeResult>(new ScaleScore(ClinicalScale.Edss, 1m), new ScaleChange(ClinicalScale.Edss, 1m));
    }

    [Fact]
    public void ToString_NamesScaleAndScore()
    {
        Assert.Equal("edss 3.5", new ScaleScore(ClinicalScale.Edss, 3.5m).ToString());
    }
}
