using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class ProportionTests
{
    public static TheoryData<decimal, int?, int?> Valid => new()
    {
        { 0.8m, null, null },
        { 0m, null, null },
        { 1m, null, null },
        { 0.8m, 40, 50 },
        { 0.67m, 2, 3 },
        { 0.6667m, 2, 3 },
        { 0.667m, 2, 3 },
        { 0m, 0, 5 },
        { 1m, 5, 5 },
        { 0.5m, null, 10 },
        { 0.5m, 5, null },
    };

    public static TheoryData<decimal, int?, int?, string[]> Invalid => new()
    {
        { -0.1m, null, null, ["value"] },
        { 1.01m, null, null, ["value"] },
        { 80m, null, null, ["value"] },
        { 0.5m, -1, null, ["numerator"] },
        { 0.5m, null, 0, ["denominator"] },
        { 1m, 6, 5, ["numerator"] },
        { 0.8m, 3, 5, ["value"] },
        { 0.7m, 2, 3, ["value"] },
        { 1.5m, 7, 0, ["value", "denominator", "numerator"] },
        { -1m, -1, -1, ["value", "numerator", "denominator"] },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Create_ValidValues_KeepsExactlyWhatWasGiven(decimal value, int? numerator, int? denominator)
    {
        var proportion = new Proportion(value, numerator, denominator);

        Assert.Equal(value, proportion.Value);
        Assert.Equal(numerator, proportion.Numerator);
        Assert.Equal(denominator, proportion.Denominator);
        Assert.True(Proportion.TryCreate(value, numerator, denominator, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(proportion, tried);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryCreate_InvalidValues_ReturnsEveryProblemWithItsPath(decimal value, int? numerator, int? denominator, string[] paths)
    {
        Assert.False(Proportion.TryCreate(value, numerator, denominator, out var proportion, out var problems));

        Assert.Null(proportion);
        ProblemAssert.Paths(paths, problems);
        Assert.ThrowsAny<ArgumentException>(() => new Proportion(value, numerator, denominator));
    }

    public static TheoryData<decimal, int?, int?> OneProblem => new()
    {
        { 80m, null, null },
        { 0.5m, -1, null },
        { 0.5m, null, 0 },
        { 1m, 6, 5 },
        { 0.8m, 3, 5 },
    };

    [Theory]
    [MemberData(nameof(OneProblem))]
    public void TryCreate_OneProblem_ReportsWhatTheConstructorThrows(decimal value, int? numerator, int? denominator)
    {
        var thrown = Assert.ThrowsAny<ArgumentException>(() => new Proportion(value, numerator, denominator));

        Assert.False(Proportion.TryCreate(value, numerator, denominator, out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems));
    }

    [Fact]
    public void Create_NumeratorAboveDenominator_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>("numerator", () => new Proportion(1m, 6, 5));

        Assert.Contains("numerator 6 is above the denominator 5", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(80)]
    public void Create_ValueOutOfRange_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new Proportion((decimal)value));
    }

    [Fact]
    public void Create_NegativeNumeratorOrZeroDenominator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("numerator", () => new Proportion(0.5m, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("denominator", () => new Proportion(0.5m, 0, 0));
    }

    [Fact]
    public void Create_ValueDisagreeingWithCounts_Throws()
    {
        var exception = Assert.Throws<ArgumentException>("value", () => new Proportion(0.8m, 3, 5));

        Assert.Contains("3/5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValueWithinHalfAPercentagePointOfCounts_Agrees()
    {
        Assert.Equal(2, new Proportion(0.665m, 2, 3).Numerator);
        Assert.Throws<ArgumentException>("value", () => new Proportion(0.66m, 2, 3));
    }

    [Fact]
    public void SeedArticle_EightyPercentOfParticipants_IsAProportionWithoutCounts()
    {
        var proportion = new Proportion(0.8m);

        Assert.Null(proportion.Numerator);
        Assert.Null(proportion.Denominator);
        Assert.Equal(80m, proportion.Percent);
        Assert.Equal("80%", proportion.ToString());
        EqualityAssert.Equal(proportion, Proportion.FromPercent(80m));
    }

    [Fact]
    public void FromCounts_ComputesTheValue()
    {
        var proportion = Proportion.FromCounts(40, 50);

        Assert.Equal(0.8m, proportion.Value);
        Assert.Equal("80% (40/50)", proportion.ToString());
        Assert.Throws<ArgumentOutOfRangeException>("numerator", () => Proportion.FromCounts(6, 5));
        Assert.Throws<ArgumentOutOfRangeException>("denominator", () => Proportion.FromCounts(0, 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void FromPercent_OutOfRange_Throws(double percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>("percent", () => Proportion.FromPercent((decimal)percent));
    }

    [Fact]
    public void Equality_ComparesValueAndCounts()
    {
        EqualityAssert.Equal(new Proportion(0.8m), new Proportion(0.80m));
        EqualityAssert.Equal(new Proportion(0.8m, 40, 50), Proportion.FromCounts(40, 50));
        EqualityAssert.NotEqual(new Proportion(0.8m), new Proportion(0.8m, 40, 50));
        EqualityAssert.NotEqual(new Proportion(0.8m, 4, 5), new Proportion(0.8m, 40, 50));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Proportion(0.8m));
        Assert.NotEqual<QuantitativeResult>(new Proportion(1m), new ScaleScore(ClinicalScale.Edss, 1m));
    }
}
