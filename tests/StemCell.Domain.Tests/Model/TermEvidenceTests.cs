using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class TermEvidenceTests
{
    private const string Field = "protocolSection.armsInterventionsModule.interventions[0].description";

    [Fact]
    public void Create_KeepsTermFieldQuoteAndSource()
    {
        var evidence = new TermEvidence(DeliveryRoute.Intrathecal, Field, "injected intrathecally", "ctgov-nct01234567");

        Assert.Same(DeliveryRoute.Intrathecal, evidence.Term);
        Assert.Equal(Field, evidence.Field);
        Assert.Equal("injected intrathecally", evidence.Quote);
        Assert.Equal("ctgov-nct01234567", evidence.SourceId);
        Assert.Equal($"delivery-route intrathecal: \"injected intrathecally\" (ctgov-nct01234567, {Field})", evidence.ToString());
    }

    [Fact]
    public void Create_BadParts_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("term", () => new TermEvidence(null!, Field, "q", "s"));
        Assert.Throws<ArgumentNullException>("field", () => new TermEvidence(Disease.MultipleSclerosis, null!, "q", "s"));
        Assert.Throws<ArgumentException>("field", () => new TermEvidence(Disease.MultipleSclerosis, " ", "q", "s"));
        Assert.Throws<ArgumentNullException>("quote", () => new TermEvidence(Disease.MultipleSclerosis, Field, null!, "s"));
        Assert.Throws<ArgumentException>("quote", () => new TermEvidence(Disease.MultipleSclerosis, Field, "", "s"));
        Assert.Throws<ArgumentException>("quote", () => new TermEvidence(Disease.MultipleSclerosis, Field, "Progressive MS ", "s"));
        Assert.Throws<ArgumentNullException>("sourceId", () => new TermEvidence(Disease.MultipleSclerosis, Field, "q", null!));
        Assert.Throws<ArgumentException>("sourceId", () => new TermEvidence(Disease.MultipleSclerosis, Field, "q", "Not A Slug"));
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        var evidence = new TermEvidence(Disease.MultipleSclerosis, Field, "MS", "source");

        EqualityAssert.Equal(evidence, new TermEvidence(Disease.FromCode("multiple-sclerosis"), Field, "MS", "source"));
        EqualityAssert.NotEqual(evidence, new TermEvidence(Disease.MultipleSclerosis, Field, "ms", "source"));
        EqualityAssert.NotEqual(evidence, new TermEvidence(Disease.MultipleSclerosis, "protocolSection.conditionsModule.conditions[0]", "MS", "source"));
        EqualityAssert.NotEqual(evidence, new TermEvidence(Disease.MultipleSclerosis, Field, "MS", "another-source"));

        // Disease.MultipleSclerosis and StemCellType.Mesenchymal both have value 1: terms of different vocabularies never match.
        EqualityAssert.NotEqual(evidence, new TermEvidence(StemCellType.Mesenchymal, Field, "MS", "source"));
        EqualityAssert.NotEqualToNullOrOtherTypes(evidence);
    }
}
