using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class TherapeuticBenefitTests : VocabularyContractTests<TherapeuticBenefit>
{
    [Fact]
    public void All_AreTheSeedArticlesFourKeyBenefitsInItsOrder()
    {
        Assert.Equal(
            ["neuroprotection", "tissue-regeneration", "immune-modulation", "slowing-disease-progression"],
            TherapeuticBenefit.All.Select(b => b.Code));
    }

    [Fact]
    public void CellTypes_EachActsThroughAtLeastOneOfTheBenefitsMechanisms()
    {
        foreach (var benefit in TherapeuticBenefit.All)
        {
            Assert.NotEmpty(benefit.Mechanisms);
            Assert.NotEmpty(benefit.CellTypes);
            Assert.All(benefit.CellTypes, type => Assert.True(
                type.Mechanisms.Intersect(benefit.Mechanisms).Any(),
                $"'{type.Code}' provides '{benefit.Code}' but acts through none of its mechanisms ({string.Join(", ", benefit.Mechanisms)})."));
        }
    }

    [Theory]
    [InlineData("neuroprotection", new[] { "multiple-sclerosis", "amyotrophic-lateral-sclerosis" })]
    [InlineData("tissue-regeneration", new[] { "multiple-sclerosis", "amyotrophic-lateral-sclerosis" })]
    [InlineData("immune-modulation", new[] { "multiple-sclerosis" })]
    [InlineData("slowing-disease-progression", new[] { "amyotrophic-lateral-sclerosis" })]
    public void Diseases_AreTheOnesTheArticleLinksTheBenefitTo(string benefit, string[] diseases)
    {
        Assert.Equal(diseases, TherapeuticBenefit.FromCode(benefit).Diseases.Select(d => d.Code));
    }

    [Fact]
    public void ImmuneModulation_IsProvidedByMesenchymalCellsThroughImmuneModulation()
    {
        Assert.Contains(StemCellType.Mesenchymal, TherapeuticBenefit.ImmuneModulation.CellTypes);
        Assert.Contains(Mechanism.ImmuneModulation, TherapeuticBenefit.ImmuneModulation.Mechanisms);
    }

    [Fact]
    public void TissueRegeneration_IsProvidedByCellsThatReplaceCells()
    {
        Assert.Equal([Mechanism.CellReplacement.Code], TherapeuticBenefit.TissueRegeneration.Mechanisms.Select(m => m.Code));
        Assert.Contains(StemCellType.InducedPluripotent, TherapeuticBenefit.TissueRegeneration.CellTypes);
        Assert.Contains(StemCellType.Neural, TherapeuticBenefit.TissueRegeneration.CellTypes);
    }

    [Fact]
    public void Export_WritesMechanismsCellTypesAndDiseasesAsCodes()
    {
        foreach (var benefit in TherapeuticBenefit.All)
        {
            var json = ExportedVocabulary.Term("therapeutic-benefit", benefit.Code);

            ExportedVocabulary.AssertRelation(json, "mechanisms", "mechanism", benefit.Mechanisms.Select(m => m.Code));
            ExportedVocabulary.AssertRelation(json, "cellTypes", "stem-cell-type", benefit.CellTypes.Select(t => t.Code));
            ExportedVocabulary.AssertRelation(json, "diseases", "disease", benefit.Diseases.Select(d => d.Code));
        }
    }
}
