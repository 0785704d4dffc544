using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class OutcomeMeasureTests : VocabularyContractTests<OutcomeMeasure>
{
    [Theory]
    [InlineData("disability-progression", new[] { "edss" })]
    [InlineData("motor-function", new[] { "alsfrs-r" })]
    [InlineData("mobility", new[] { "edss", "msfc" })]
    [InlineData("functional-rating", new[] { "alsfrs-r", "mitos-staging" })]
    [InlineData("survival", new string[0])]
    public void TypicalScales_AreTheScalesUsuallyReported(string measure, string[] scales)
    {
        Assert.Equal(scales, OutcomeMeasure.FromCode(measure).TypicalScales.Select(s => s.Code));
    }

    [Fact]
    public void EveryScale_IsTypicalForSomeOutcome()
    {
        Assert.All(ClinicalScale.All, scale => Assert.Contains(OutcomeMeasure.All, measure => measure.TypicalScales.Contains(scale)));
    }

    [Fact]
    public void Export_WritesTypicalScalesAsCodes()
    {
        Assert.All(OutcomeMeasure.All, measure => ExportedVocabulary.AssertRelation(
            ExportedVocabulary.Term("outcome-measure", measure.Code), "typicalScales", "clinical-scale", measure.TypicalScales.Select(s => s.Code)));
    }
}
