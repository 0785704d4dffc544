using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class StudyDesignTests : VocabularyContractTests<StudyDesign>
{
    [Theory]
    [InlineData("RCT", "randomized-controlled")]
    [InlineData("randomised controlled", "randomized-controlled")]
    [InlineData("unblinded", "open-label")]
    [InlineData("single group", "single-arm")]
    public void FromCode_AbbreviationOrBritishSpelling_FindsTheDesign(string spelling, string code)
    {
        Assert.Same(StudyDesign.FromCode(code), StudyDesign.FromCode(spelling));
    }
}
