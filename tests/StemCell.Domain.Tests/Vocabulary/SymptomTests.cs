using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class SymptomTests : VocabularyContractTests<Symptom>
{
    [Theory]
    [InlineData("dysphagia", "difficulty-swallowing")]
    [InlineData("dysarthria", "loss-of-speech")]
    [InlineData("respiratory failure", "breathing-failure")]
    [InlineData("incoordination", "impaired-coordination")]
    public void FromCode_ClinicalTerm_FindsTheSymptom(string term, string code)
    {
        Assert.Same(Symptom.FromCode(code), Symptom.FromCode(term));
    }

    [Fact]
    public void EverySymptom_IsTypicalOfADisease()
    {
        Assert.All(Symptom.All, symptom => Assert.Contains(Disease.All, disease => disease.TypicalSymptoms.Contains(symptom)));
    }
}
