using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class InstitutionTests
{
    [Theory]
    [InlineData("University of Cambridge", null, "University of Cambridge")]
    [InlineData("Cleveland Clinic", "US", "Cleveland Clinic (US)")]
    public void Create_Valid_KeepsNameAndCountry(string name, string? country, string text)
    {
        var institution = new Institution(name, country);

        Assert.Equal(name, institution.Name);
        Assert.Equal(country, institution.Country);
        Assert.Equal(text, institution.ToString());
    }

    [Theory]
    [InlineData("gb")]
    [InlineData("GBR")]
    [InlineData("G")]
    [InlineData("")]
    [InlineData("G1")]
    public void Create_CountryNotAnAlpha2Code_Throws(string country)
    {
        Assert.Throws<ArgumentException>("country", () => new Institution("University of Cambridge", country));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Cleveland Clinic ")]
    public void Create_BlankOrPaddedName_Throws(string name)
    {
        Assert.Throws<ArgumentException>("name", () => new Institution(name));
    }

    [Fact]
    public void Equality_ComparesNameAndCountry()
    {
        EqualityAssert.Equal(new Institution("Cleveland Clinic"), new Institution("Cleveland Clinic"));
        EqualityAssert.NotEqual(new Institution("Cleveland Clinic"), new Institution("Cleveland Clinic", "US"));
        EqualityAssert.NotEqual(new Institution("Cleveland Clinic"), new Institution("cleveland clinic"));
        EqualityAssert.NotEqualToNullOrOtherTypes(new Institution("Cleveland Clinic"));
    }
}
