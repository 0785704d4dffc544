using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class FindingTests
{
    private const string Quote = "80% of participants showed no signs of disease progression three years after the treatment";

    public static TheoryData<Period> PositivePeriods => new()
    {
        Period.FromYears(3),
        Period.FromMonths(6),
        Period.FromWeeks(24),
        Period.FromDays(1),
        Period.FromHours(12),
        Period.FromYears(1) + Period.FromMonths(6),
        Period.FromNanoseconds(1),
    };

    public static TheoryData<Period> NonPositivePeriods => new()
    {
        Period.Zero,
        Period.FromYears(0),
        Period.FromYears(-3),
        Period.FromDays(-1),
        Period.FromYears(1) - Period.FromMonths(1),
        Period.FromMonths(6) - Period.FromSeconds(1),
    };

    [Fact]
    public void Create_SeedArticleEightyPercent_HasAProportionAndThreeYears()
    {
        var finding = new Finding(
            OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants, Quote, ["seed"],
            result: new Proportion(0.8m), timeFrame: Period.FromYears(3));

        var proportion = Assert.IsType<Proportion>(finding.Result);
        Assert.Equal(0.8m, proportion.Value);
        Assert.Null(proportion.Denominator);
        Assert.Equal(Period.FromYears(3), finding.TimeFrame);
        Assert.Equal(new[] { "seed" }, finding.SourceIds);
        Assert.Equal("stabilized disability-progression in all participants (80%, P3Y)", finding.ToString());
    }

    [Theory]
    [MemberData(nameof(PositivePeriods))]
    public void Create_PositiveTimeFrame_Succeeds(Period timeFrame)
    {
        Assert.Equal(timeFrame, Create(timeFrame: timeFrame).TimeFrame);
        Assert.True(Finding.IsValidTimeFrame(timeFrame));
        Assert.Empty(Finding.CheckTimeFrame(timeFrame));
    }

    [Theory]
    [MemberData(nameof(NonPositivePeriods))]
    public void Create_NonPositiveTimeFrame_Throws(Period timeFrame)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>("timeFrame", () => Create(timeFrame: timeFrame));

        Assert.Contains("positive", exception.Message, StringComparison.Ordinal);
        Assert.False(Finding.IsValidTimeFrame(timeFrame));
        ProblemAssert.Paths(["timeFrame"], Finding.CheckTimeFrame(timeFrame));
    }

    [Fact]
    public void Create_NoTimeFrameOrResult_LeavesThemUnstated()
    {
        var finding = Create();

        Assert.Null(finding.TimeFrame);
        Assert.Null(finding.Result);
    }

    [Fact]
    public void Create_MissingRequiredPart_Throws()
    {
        Assert.Throws<ArgumentNullException>("outcomeMeasure", () => new Finding(null!, OutcomeDirection.Improved, Population.AllParticipants, Quote, ["seed"]));
        Assert.Throws<ArgumentNullException>("direction", () => new Finding(OutcomeMeasure.Mobility, null!, Population.AllParticipants, Quote, ["seed"]));
        Assert.Throws<ArgumentNullException>("population", () => new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, null!, Quote, ["seed"]));
        Assert.Throws<ArgumentNullException>("quote", () => new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, null!, ["seed"]));
        Assert.Throws<ArgumentException>("quote", () => new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, " ", ["seed"]));
    }

    [Theory]
    [InlineData("Seed")]
    [InlineData("seed article")]
    [InlineData("")]
    public void Create_SourceIdNotASlug_Throws(string sourceId)
    {
        Assert.Throws<ArgumentException>("sourceIds", () => Create(sourceIds: [sourceId]));
    }

    [Fact]
    public void Create_NoSourceIds_IsAllowedAndLeftToValidation()
    {
        Assert.Empty(Create(sourceIds: []).SourceIds);
        Assert.Empty(new Finding(OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, Quote, null).SourceIds);
    }

    [Fact]
    public void Create_CopiesTheCallersSourceIds()
    {
        var ids = new List<string> { "seed" };
        var finding = Create(sourceIds: ids);

        ids.Add("other");

        Assert.Equal(new[] { "seed" }, finding.SourceIds);
    }

    [Fact]
    public void Equality_ComparesSourceIdsElementByElement()
    {
        EqualityAssert.Equal(Create(sourceIds: new List<string> { "a", "b" }), Create(sourceIds: new[] { "a", "b" }));
        EqualityAssert.NotEqual(Create(sourceIds: ["a", "b"]), Create(sourceIds: ["b", "a"]));
        EqualityAssert.NotEqual(Create(sourceIds: ["a"]), Create(sourceIds: ["a", "b"]));
        EqualityAssert.NotEqualToNullOrOtherTypes(Create());
    }

    [Fact]
    public void Equality_ComparesEveryOtherPart()
    {
        var baseline = Create(result: new Proportion(0.8m), timeFrame: Period.FromYears(3));

        EqualityAssert.Equal(baseline, Create(result: new Proportion(0.80m), timeFrame: Period.FromYears(3)));
        EqualityAssert.NotEqual(baseline, Create(result: new Proportion(0.7m), timeFrame: Period.FromYears(3)));
        EqualityAssert.NotEqual(baseline, Create(result: new Proportion(0.8m), timeFrame: Period.FromMonths(36)));
        EqualityAssert.NotEqual(baseline, Create(result: new Proportion(0.8m)));
        EqualityAssert.NotEqual(baseline, Create(result: new Proportion(0.8m), timeFrame: Period.FromYears(3), population: Population.Subgroup("Many")));
    }

    private static Finding Create(
        IEnumerable<string>? sourceIds = null, QuantitativeResult? result = null, Period? timeFrame = null, Population? population = null) =>
        new(
            OutcomeMeasure.DisabilityProgression,
            OutcomeDirection.Stabilized,
            population ?? Population.AllParticipants,
            Quote,
            sourceIds ?? ["seed"],
            result,
            timeFrame);
}
