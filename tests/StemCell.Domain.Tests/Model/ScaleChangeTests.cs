using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class ScaleChangeTests
{
    [Theory]
    [InlineData("edss", -1)]
    [InlineData("edss", 0.5)]
    [InlineData("edss", 0)]
    [InlineData("edss", 10)]
    [InlineData("edss", -10)]
    [InlineData("alsfrs-r", -48)]
    [InlineData("alsfrs-r", 7)]
    [InlineData("msfc", 0.37)]
    public void Create_ChangeTheScaleCanProduce_Succeeds(string scale, double change)
    {
        var result = new ScaleChange(ClinicalScale.FromCode(scale), (decimal)change);

        Assert.Equal((decimal)change, result.Change);
        Assert.True(ScaleChange.TryCreate(ClinicalScale.FromCode(scale), (decimal)change, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(result, tried);
    }

    [Theory]
    [InlineData("edss", 0.3)]
    [InlineData("edss", 10.5)]
    [InlineData("edss", -11)]
    [InlineData("alsfrs-r", -49)]
    [InlineData("alsfrs-r", 1.5)]
    public void Create_ChangeTheScaleCannotProduce_Throws(string scale, double change)
    {
        Assert.Throws<ArgumentOutOfRangeException>("change", () => new ScaleChange(ClinicalScale.FromCode(scale), (decimal)change));
        Assert.False(ScaleChange.TryCreate(ClinicalScale.FromCode(scale), (decimal)change, out var result, out var problems));
        Assert.Null(result);
        ProblemAssert.Paths(["change"], problems);
    }

    [Fact]
    public void TryCreate_ChangeTheScaleCannotProduce_ReportsWhatTheConstructorThrows()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new ScaleChange(ClinicalScale.AlsfrsR, 1.5m));

        Assert.False(ScaleChange.TryCreate(ClinicalScale.AlsfrsR, 1.5m, out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems));
    }

    [Fact]
    public void Create_NullScale_Throws()
    {
        Assert.Throws<ArgumentNullException>("scale", () => new ScaleChange(null!, 1m));
        Assert.False(ScaleChange.TryCreate(null, 1m, out _, out var problems));
        ProblemAssert.Paths(["scale"], problems);
    }

    [Fact]
    public void Equality_ComparesScaleAndChange()
    {
        EqualityAssert.Equal(new ScaleChange(ClinicalScale.AlsfrsR, -3m), new ScaleChange(ClinicalScale.AlsfrsR, -3.0m));
        EqualityAssert.NotEqual(new ScaleChange(ClinicalScale.AlsfrsR, -3m), new ScaleChange(ClinicalScale.AlsfrsR, 3m));
        EqualityAssert.NotEqualToNullOrOtherTypes(new ScaleChange(ClinicalScale.AlsfrsR, -3m));
    }

    [Fact]
    public void ToString_ShowsTheSign()
    {
        Assert.Equal("alsfrs-r +2", new ScaleChange(ClinicalScale.AlsfrsR, 2m).ToString());
        Assert.Equal("edss -1.0", new ScaleChange(ClinicalScale.Edss, -1.0m).ToString());
    }
}
