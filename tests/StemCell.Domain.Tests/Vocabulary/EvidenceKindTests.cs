using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class EvidenceKindTests : VocabularyContractTests<EvidenceKind>
{
    [Theory]
    [InlineData("review", "secondary-report")]
    [InlineData("journal article", "peer-reviewed-publication")]
    [InlineData("ClinicalTrials.gov record", "registry-record")]
    public void FromCode_CommonName_FindsTheKind(string name, string code)
    {
        Assert.Same(EvidenceKind.FromCode(code), EvidenceKind.FromCode(name));
    }
}
