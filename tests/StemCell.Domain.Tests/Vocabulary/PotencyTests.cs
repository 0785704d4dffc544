using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class PotencyTests : VocabularyContractTests<Potency>
{
    [Fact]
    public void CompareTo_OrdersFromBroadestToNarrowestPotential()
    {
        Assert.Equal(
            ["totipotent", "pluripotent", "multipotent", "oligopotent", "unipotent"],
            Potency.All.Reverse().Order().Select(p => p.Code));
    }

    [Fact]
    public void EveryStemCellTypesPotency_IsPluripotentOrMultipotent()
    {
        Assert.All(StemCellType.All, type => Assert.Contains(type.Potency, new[] { Potency.Pluripotent, Potency.Multipotent }));
    }
}
