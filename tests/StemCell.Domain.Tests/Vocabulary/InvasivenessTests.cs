using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class InvasivenessTests : VocabularyContractTests<Invasiveness>
{
    [Fact]
    public void CompareTo_OrdersFromLeastToMostInvasive()
    {
        Assert.True(Invasiveness.Low < Invasiveness.Moderate);
        Assert.True(Invasiveness.Moderate < Invasiveness.High);
        Assert.Equal(["low", "moderate", "high"], Invasiveness.All.Order().Select(i => i.Code));
    }

    [Fact]
    public void EveryLevel_IsTheInvasivenessOfADeliveryRoute()
    {
        Assert.All(Invasiveness.All, level => Assert.Contains(DeliveryRoute.All, route => route.Invasiveness == level));
    }
}
