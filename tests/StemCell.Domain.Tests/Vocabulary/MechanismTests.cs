using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class MechanismTests : VocabularyContractTests<Mechanism>
{
    [Fact]
    public void EveryMechanism_IsHowSomeStemCellTypeActs()
    {
        Assert.All(Mechanism.All, mechanism => Assert.Contains(StemCellType.All, type => type.Mechanisms.Contains(mechanism)));
    }

    [Theory]
    [InlineData("immunomodulation", "immune-modulation")]
    [InlineData("tissue regeneration", "cell-replacement")]
    [InlineData("neurotrophic factors", "neurotrophic-support")]
    public void FromCode_CommonName_FindsTheMechanism(string name, string code)
    {
        Assert.Same(Mechanism.FromCode(code), Mechanism.FromCode(name));
    }
}
