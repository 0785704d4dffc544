using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class ConfidenceIntervalTests
{
    [Theory]
    [InlineData(0.02, 0.24, 0.95)]
    [InlineData(1, 1, 0.9)]
    [InlineData(-2, 3, 0.99)]
    public void Create_ValidBoundsAndLevel_Succeeds(double lower, double upper, double level)
    {
        var interval = new ConfidenceInterval((decimal)lower, (decimal)upper, (decimal)level);

        Assert.Equal((decimal)lower, interval.Lower);
        Assert.Equal((decimal)upper, interval.Upper);
        Assert.Equal((decimal)level, interval.Level);
        Assert.True(ConfidenceInterval.TryCreate((decimal)lower, (decimal)upper, (decimal)level, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(interval, tried);
    }

    [Theory]
    [InlineData(0.3, 0.2, 0.95, new[] { "lower" })]
    [InlineData(0.1, 0.2, 0, new[] { "level" })]
    [InlineData(0.1, 0.2, 1, new[] { "level" })]
    [InlineData(0.1, 0.2, 95, new[] { "level" })]
    [InlineData(0.3, 0.2, 95, new[] { "lower", "level" })]
    public void TryCreate_Invalid_ReturnsEveryProblem(double lower, double upper, double level, string[] paths)
    {
        Assert.False(ConfidenceInterval.TryCreate((decimal)lower, (decimal)upper, (decimal)level, out var interval, out var problems));

        Assert.Null(interval);
        ProblemAssert.Paths(paths, problems);
        Assert.Throws<ArgumentOutOfRangeException>(paths[0], () => new ConfidenceInterval((decimal)lower, (decimal)upper, (decimal)level));
    }

    [Theory]
    [InlineData(0.3, 0.2, 0.95)]
    [InlineData(0.1, 0.2, 1)]
    public void TryCreate_OneProblem_ReportsWhatTheConstructorThrows(double lower, double upper, double level)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceInterval((decimal)lower, (decimal)upper, (decimal)level));

        Assert.False(ConfidenceInterval.TryCreate((decimal)lower, (decimal)upper, (decimal)level, out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems));
    }

    [Fact]
    public void Create_WithoutLevel_Is95Percent()
    {
        Assert.Equal(0.95m, new ConfidenceInterval(0.02m, 0.24m).Level);
    }

    [Fact]
    public void Contains_IncludesTheBounds()
    {
        var interval = new ConfidenceInterval(0.02m, 0.24m);

        Assert.True(interval.Contains(0.02m));
        Assert.True(interval.Contains(0.24m));
        Assert.False(interval.Contains(0.25m));
    }

    [Fact]
    public void EqualityAndToString()
    {
        EqualityAssert.Equal(new ConfidenceInterval(0.02m, 0.24m), new ConfidenceInterval(0.02m, 0.24m, 0.95m));
        EqualityAssert.NotEqual(new ConfidenceInterval(0.02m, 0.24m), new ConfidenceInterval(0.02m, 0.24m, 0.9m));
        EqualityAssert.NotEqualToNullOrOtherTypes(new ConfidenceInterval(0.02m, 0.24m));
        Assert.Equal("95% CI 0.02\u20130.24", new ConfidenceInterval(0.02m, 0.24m).ToString());
    }
}
