using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class CodingConfidenceTests : VocabularyContractTests<CodingConfidence>
{
    [Fact]
    public void Codes_AreTheReferencesShippableConfidenceLevels()
    {
        Assert.Equal(["verified", "verified-2"], CodingConfidence.All.Select(c => c.Code));
    }

    [Theory]
    [InlineData("unverified")]
    [InlineData("UNVERIFIED")]
    public void TryFromCode_Unverified_FindsNothing(string code)
    {
        // Unverified codes never ship, so a coding cannot even say it is unverified.
        Assert.False(CodingConfidence.TryFromCode(code, out _));
    }
}
