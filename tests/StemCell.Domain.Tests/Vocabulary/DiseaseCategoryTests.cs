using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DiseaseCategoryTests : VocabularyContractTests<DiseaseCategory>
{
    [Fact]
    public void EveryCategory_IsTheCategoryOfADisease()
    {
        Assert.All(DiseaseCategory.All, category => Assert.Contains(Disease.All, disease => disease.Category == category));
    }

    [Fact]
    public void MotorNeuronDisease_CarriesTheParentCodesOfTheReference()
    {
        var codes = DiseaseCategory.MotorNeuronDisease.Codings.Select(c => (c.System.Code, c.Code)).ToList();

        Assert.Contains(("doid", "DOID:231"), codes);
        Assert.Contains(("mesh", "D016472"), codes);
        Assert.Contains(("icd-11-mms", "8B60"), codes);
    }
}
