using System.Text.RegularExpressions;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class RegistryTests : VocabularyContractTests<Registry>
{
    [Theory]
    [InlineData("clinicaltrials-gov", "NCT04047628", true)]
    [InlineData("clinicaltrials-gov", "NCT00273364", true)]
    [InlineData("clinicaltrials-gov", "nct04047628", false)]
    [InlineData("clinicaltrials-gov", "NCT0404762", false)]
    [InlineData("clinicaltrials-gov", "NCT04047628\n", false)]
    [InlineData("eudract", "2020-000979-21", true)]
    [InlineData("eudract", "2020-00979-21", false)]
    [InlineData("isrctn", "ISRCTN12345678", true)]
    [InlineData("isrctn", "ISRCTN1234567", false)]
    public void IsValidIdentifier_ReferenceIdentifiers_MatchOnlyTheirRegistrysShape(string registry, string identifier, bool valid)
    {
        Assert.Equal(valid, Registry.FromCode(registry).IsValidIdentifier(identifier));
    }

    // The documented contract: true exactly when the identifier matches IdentifierPattern, as .NET runs that pattern.
    [Theory]
    [InlineData("NCT04047628")]
    [InlineData("NCT0404762")]
    [InlineData("2020-000979-21")]
    [InlineData("ISRCTN12345678")]
    [InlineData("ISRCTN12345678\n")]
    [InlineData("")]
    public void IsValidIdentifier_EveryRegistry_AgreesWithItsIdentifierPattern(string identifier)
    {
        foreach (var registry in Registry.All)
        {
            Assert.Equal(Regex.IsMatch(identifier, registry.IdentifierPattern, RegexOptions.CultureInvariant), registry.IsValidIdentifier(identifier));
        }
    }

    [Fact]
    public void Export_WritesIdentifierPatternAndFormat()
    {
        foreach (var registry in Registry.All)
        {
            var attributes = ExportedVocabulary.Term("registry", registry.Code).GetProperty("attributes");

            Assert.Equal(registry.IdentifierPattern, attributes.GetProperty("identifierPattern").GetString());
            Assert.Equal(registry.IdentifierFormat, attributes.GetProperty("identifierFormat").GetString());
        }
    }
}
