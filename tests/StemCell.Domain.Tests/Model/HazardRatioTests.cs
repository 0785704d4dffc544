using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class HazardRatioTests
{
    [Fact]
    public void Create_MistTrialProgression_Succeeds()
    {
        // MIST (Burt et al., JAMA 2019): progression with HSCT vs DMT, HR 0.07 (95% CI 0.02-0.24); see shared/domain-reference.md.
        var hazardRatio = new HazardRatio(0.07m, new ConfidenceInterval(0.02m, 0.24m));

        Assert.Equal(0.07m, hazardRatio.Estimate);
        Assert.Equal(new ConfidenceInterval(0.02m, 0.24m, 0.95m), hazardRatio.ConfidenceInterval);
        Assert.Equal("HR 0.07 (95% CI 0.02\u20130.24)", hazardRatio.ToString());
    }

    public static TheoryData<decimal, decimal?, decimal?> Valid => new()
    {
        { 0.07m, null, null },
        { 1m, 0.5m, 2m },
        { 2.5m, 2.5m, 2.5m },
    };

    public static TheoryData<decimal, decimal?, decimal?, string[], string> Invalid => new()
    {
        { 0m, null, null, ["estimate"], "estimate" },
        { -0.5m, null, null, ["estimate"], "estimate" },
        { 0.5m, 0m, 0.9m, ["confidenceInterval.lower"], "confidenceInterval" },
        { 0.5m, -0.1m, 0.9m, ["confidenceInterval.lower"], "confidenceInterval" },
        { 0.5m, 0.6m, 0.9m, ["estimate"], "estimate" },
        { 1.5m, 0.6m, 0.9m, ["estimate"], "estimate" },
        { -1m, -2m, -0.5m, ["estimate", "confidenceInterval.lower"], "estimate" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Create_Valid_Succeeds(decimal estimate, decimal? lower, decimal? upper)
    {
        var interval = lower is null ? null : new ConfidenceInterval(lower.Value, upper!.Value);

        var hazardRatio = new HazardRatio(estimate, interval);

        Assert.True(HazardRatio.TryCreate(estimate, interval, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(hazardRatio, tried);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Create_Invalid_ThrowsAndTryCreateReportsEveryProblem(decimal estimate, decimal? lower, decimal? upper, string[] paths, string parameter)
    {
        var interval = lower is null ? null : new ConfidenceInterval(lower.Value, upper!.Value);

        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new HazardRatio(estimate, interval));
        Assert.False(HazardRatio.TryCreate(estimate, interval, out var hazardRatio, out var problems));
        Assert.Null(hazardRatio);
        ProblemAssert.Paths(paths, problems);
    }

    [Theory]
    [InlineData(0.0, null, null, "estimate")]
    [InlineData(0.5, 0.0, 0.9, "confidenceInterval.lower")]
    [InlineData(0.5, 0.6, 0.9, "estimate")]
    public void TryCreate_OneProblem_ReportsWhatTheConstructorThrows(double estimate, double? lower, double? upper, string path)
    {
        var interval = lower is null ? null : new ConfidenceInterval((decimal)lower.Value, (decimal)upper!.Value);
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new HazardRatio((decimal)estimate, interval));

        Assert.False(HazardRatio.TryCreate((decimal)estimate, interval, out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems), path);
    }

    [Fact]
    public void Equality_ComparesEstimateAndInterval()
    {
        EqualityAssert.Equal(new HazardRatio(0.07m, new ConfidenceInterval(0.02m, 0.24m)), new HazardRatio(0.07m, new ConfidenceInterval(0.02m, 0.24m)));
        EqualityAssert.NotEqual(new HazardRatio(0.07m, new ConfidenceInterval(0.02m, 0.24m)), new HazardRatio(0.07m));
        EqualityAssert.NotEqualToNullOrOtherTypes(new HazardRatio(0.07m));
    }
}
