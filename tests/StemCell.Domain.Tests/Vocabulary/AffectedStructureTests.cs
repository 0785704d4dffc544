using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class AffectedStructureTests : VocabularyContractTests<AffectedStructure>
{
    [Fact]
    public void EveryStructure_IsDamagedByADisease()
    {
        Assert.All(AffectedStructure.All, structure => Assert.Contains(Disease.All, disease => disease.DamagedStructure == structure));
    }

    [Theory]
    [InlineData("myelin", "myelin-sheath")]
    [InlineData("motoneurons", "motor-neurons")]
    public void FromCode_ShortName_FindsTheStructure(string name, string code)
    {
        Assert.Same(AffectedStructure.FromCode(code), AffectedStructure.FromCode(name));
    }
}
