using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class OutcomeDirectionTests : VocabularyContractTests<OutcomeDirection>
{
    [Theory]
    [InlineData("stable", "stabilized")]
    [InlineData("stabilised", "stabilized")]
    [InlineData("slowed progression", "slowed-decline")]
    [InlineData("unchanged", "no-change")]
    public void FromCode_WayASourcePutsIt_FindsTheDirection(string text, string code)
    {
        Assert.Same(OutcomeDirection.FromCode(code), OutcomeDirection.FromCode(text));
    }
}
