using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class TolerabilityTests : VocabularyContractTests<Tolerability>
{
    [Theory]
    [InlineData("well tolerated", "well-tolerated")]
    [InlineData("manageable", "acceptably-tolerated")]
    [InlineData("not tolerated", "poorly-tolerated")]
    public void FromCode_WayASourcePutsIt_FindsTheTolerability(string text, string code)
    {
        Assert.Same(Tolerability.FromCode(code), Tolerability.FromCode(text));
    }
}
