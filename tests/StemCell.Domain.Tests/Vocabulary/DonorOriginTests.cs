using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class DonorOriginTests : VocabularyContractTests<DonorOrigin>
{
    [Theory]
    [InlineData("auto", "autologous")]
    [InlineData("allo", "allogeneic")]
    [InlineData("allogenic", "allogeneic")]
    [InlineData("donor-derived", "allogeneic")]
    public void FromCode_ShortOrVariantSpelling_FindsTheOrigin(string spelling, string code)
    {
        Assert.Same(DonorOrigin.FromCode(code), DonorOrigin.FromCode(spelling));
    }
}
