using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Model;

public sealed class RegistryIdentifierTests
{
    // Real identifiers from shared/domain-reference.md (BEAT-MS, MIST), not invented ones.
    [Theory]
    [InlineData("clinicaltrials-gov", "NCT04047628")]
    [InlineData("clinicaltrials-gov", "NCT00273364")]
    [InlineData("eudract", "2020-000979-21")]
    public void Create_IdentifierOfTheRegistrysShape_Succeeds(string registry, string value)
    {
        var identifier = new RegistryIdentifier(Registry.FromCode(registry), value);

        Assert.Same(Registry.FromCode(registry), identifier.Registry);
        Assert.Equal(value, identifier.Value);
        Assert.Equal(value, identifier.ToString());
        Assert.True(RegistryIdentifier.TryCreate(Registry.FromCode(registry), value, out var tried, out var problems));
        Assert.Empty(problems);
        EqualityAssert.Equal(identifier, tried);
    }

    [Theory]
    [InlineData("NCT0404762")]
    [InlineData("NCT040476280")]
    [InlineData("nct04047628")]
    [InlineData("NCT 04047628")]
    [InlineData(" NCT04047628")]
    [InlineData("NCT04047628\n")]
    [InlineData("NCTABCDEFGH")]
    [InlineData("04047628")]
    [InlineData("")]
    [InlineData("2020-000979-21")]
    public void Create_NctIdInTheWrongFormat_Throws(string value)
    {
        var exception = Assert.Throws<ArgumentException>("value", () => new RegistryIdentifier(Registry.ClinicalTrialsGov, value));

        Assert.Contains("NCT followed by eight digits", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("nctId", () => RegistryIdentifier.FromNctId(value));
        Assert.False(RegistryIdentifier.TryCreate(Registry.ClinicalTrialsGov, value, out var identifier, out var problems));
        Assert.Null(identifier);
        ProblemAssert.Paths(["value"], problems);
    }

    [Fact]
    public void FromNctId_ValidId_IsAClinicalTrialsGovIdentifier()
    {
        EqualityAssert.Equal(new RegistryIdentifier(Registry.ClinicalTrialsGov, "NCT04047628"), RegistryIdentifier.FromNctId("NCT04047628"));
    }

    [Fact]
    public void Create_EudraCtNumberAsNctId_Throws()
    {
        Assert.Throws<ArgumentException>("value", () => new RegistryIdentifier(Registry.EudraCT, "NCT04047628"));
    }

    [Fact]
    public void TryCreate_WrongShape_ReportsWhatTheConstructorThrows()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new RegistryIdentifier(Registry.ClinicalTrialsGov, "NCT123"));

        Assert.False(RegistryIdentifier.TryCreate(Registry.ClinicalTrialsGov, "NCT123", out _, out var problems));

        ProblemAssert.AsThrown(thrown, Assert.Single(problems));
    }

    [Fact]
    public void Create_Nulls_Throw()
    {
        Assert.Throws<ArgumentNullException>("registry", () => new RegistryIdentifier(null!, "NCT04047628"));
        Assert.Throws<ArgumentNullException>("value", () => new RegistryIdentifier(Registry.ClinicalTrialsGov, null!));
        Assert.False(RegistryIdentifier.TryCreate(null, null, out _, out var problems));
        ProblemAssert.Paths(["registry", "value"], problems);
    }

    [Fact]
    public void Equality_ComparesRegistryAndValue()
    {
        EqualityAssert.NotEqual(RegistryIdentifier.FromNctId("NCT04047628"), RegistryIdentifier.FromNctId("NCT00273364"));
        EqualityAssert.NotEqualToNullOrOtherTypes(RegistryIdentifier.FromNctId("NCT04047628"));
    }
}
