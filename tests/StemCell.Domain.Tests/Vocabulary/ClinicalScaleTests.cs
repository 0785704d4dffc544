using System.Text.Json;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class ClinicalScaleTests : VocabularyContractTests<ClinicalScale>
{
    [Theory]
    [InlineData("edss", "0", true)]
    [InlineData("edss", "6.5", true)]
    [InlineData("edss", "10", true)]
    [InlineData("edss", "6.25", false)]
    [InlineData("edss", "10.5", false)]
    [InlineData("edss", "-0.5", false)]
    [InlineData("alsfrs-r", "48", true)]
    [InlineData("alsfrs-r", "0", true)]
    [InlineData("alsfrs-r", "49", false)]
    [InlineData("alsfrs-r", "35.5", false)]
    [InlineData("mitos-staging", "5", true)]
    [InlineData("mitos-staging", "6", false)]
    [InlineData("msfc", "-3.72", true)]
    [InlineData("msfc", "1.5", true)]
    public void IsValidScore_ScoreAgainstTheScalesRangeAndSteps(string scale, string score, bool valid)
    {
        Assert.Equal(valid, ClinicalScale.FromCode(scale).IsValidScore(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("edss", "1.0", true)]
    [InlineData("edss", "-0.5", true)]
    [InlineData("edss", "0.25", false)]
    [InlineData("edss", "10.5", false)]
    [InlineData("alsfrs-r", "-48", true)]
    [InlineData("alsfrs-r", "-49", false)]
    [InlineData("msfc", "0.37", true)]
    public void IsValidChange_ChangeAgainstTheScalesRangeAndSteps(string scale, string change, bool valid)
    {
        Assert.Equal(valid, ClinicalScale.FromCode(scale).IsValidChange(decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("edss", false)]
    [InlineData("alsfrs-r", true)]
    [InlineData("msfc", true)]
    [InlineData("mitos-staging", false)]
    public void HigherIsBetter_IsTheScalesDirection(string scale, bool higherIsBetter)
    {
        Assert.Equal(higherIsBetter, ClinicalScale.FromCode(scale).HigherIsBetter);
    }

    [Fact]
    public void AlsfrsR_HasTwelveItemsScoredUpTo48()
    {
        Assert.Equal(12, ClinicalScale.AlsfrsR.ItemCount);
        Assert.Equal(48m, ClinicalScale.AlsfrsR.Maximum);
        Assert.Equal(ClinicalScale.AlsfrsR.ItemCount * 4, (int)ClinicalScale.AlsfrsR.Maximum!.Value);
    }

    [Fact]
    public void Export_WritesRangeStepDirectionAndItemCount()
    {
        foreach (var scale in ClinicalScale.All)
        {
            var attributes = ExportedVocabulary.Term("clinical-scale", scale.Code).GetProperty("attributes");

            Assert.Equal(scale.Minimum, OptionalDecimal(attributes.GetProperty("minimum")));
            Assert.Equal(scale.Maximum, OptionalDecimal(attributes.GetProperty("maximum")));
            Assert.Equal(scale.Step, OptionalDecimal(attributes.GetProperty("step")));
            Assert.Equal(scale.HigherIsBetter, attributes.GetProperty("higherIsBetter").GetBoolean());
            Assert.Equal(scale.ItemCount, attributes.GetProperty("itemCount").ValueKind == JsonValueKind.Null ? null : attributes.GetProperty("itemCount").GetInt32());
        }
    }

    private static decimal? OptionalDecimal(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
