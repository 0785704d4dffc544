using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

public sealed class SourceLocatorTests
{
    [Theory]
    [InlineData("10.1000/182", SourceLocatorKind.Doi, "10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData("doi:10.1000/182", SourceLocatorKind.Doi, "10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData("DOI:10.1000/182", SourceLocatorKind.Doi, "10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData("https://doi.org/10.1000/182", SourceLocatorKind.Doi, "10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData("http://dx.doi.org/10.1000/182", SourceLocatorKind.Doi, "10.1000/182", "https://doi.org/10.1000/182")]
    [InlineData("https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765", SourceLocatorKind.Url, "https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765")]
    [InlineData("http://example.org/a?b=c#d", SourceLocatorKind.Url, "http://example.org/a?b=c#d", "http://example.org/a?b=c#d")]
    public void Parse_UrlOrDoi_RecognisesTheKind(string text, SourceLocatorKind kind, string value, string canonical)
    {
        var locator = SourceLocator.Parse(text);

        Assert.Equal(kind, locator.Kind);
        Assert.Equal(value, locator.Value);
        Assert.Equal(canonical, locator.ToString());
        Assert.Equal(new Uri(canonical), locator.ToUri());
        EqualityAssert.Equal(locator, SourceLocator.Parse(locator.ToString()));
        Assert.True(SourceLocator.TryParse(text, out var tried));
        EqualityAssert.Equal(locator, tried);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a locator")]
    [InlineData("ftp://example.org/file")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("example.org/article")]
    [InlineData("/relative/path")]
    [InlineData("10.1/abc")]
    [InlineData("10.1000/")]
    [InlineData("doi:not-a-doi")]
    [InlineData("https://example.org/a b")]
    public void Parse_NeitherUrlNorDoi_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => SourceLocator.Parse(text));
        Assert.False(SourceLocator.TryParse(text, out var locator));
        Assert.Null(locator);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => SourceLocator.Parse(null!));
        Assert.False(SourceLocator.TryParse(null, out _));
    }

    [Fact]
    public void FromUrlAndFromDoi_ValidateTheirKind()
    {
        Assert.Equal(SourceLocatorKind.Url, SourceLocator.FromUrl("https://example.org/").Kind);
        Assert.Equal(SourceLocatorKind.Doi, SourceLocator.FromDoi("10.1000/182").Kind);
        Assert.Throws<ArgumentException>("url", () => SourceLocator.FromUrl("10.1000/182"));
        Assert.Throws<ArgumentException>("doi", () => SourceLocator.FromDoi("https://doi.org/10.1000/182"));
        Assert.Throws<ArgumentNullException>("url", () => SourceLocator.FromUrl(null!));
        Assert.Throws<ArgumentNullException>("doi", () => SourceLocator.FromDoi(null!));
    }

    [Fact]
    public void Equality_ComparesKindAndValue()
    {
        EqualityAssert.Equal(SourceLocator.Parse("doi:10.1000/182"), SourceLocator.FromDoi("10.1000/182"));
        EqualityAssert.NotEqual(SourceLocator.FromDoi("10.1000/182"), SourceLocator.FromUrl("https://doi.org/10.1000/182"));
        EqualityAssert.NotEqualToNullOrOtherTypes(SourceLocator.FromDoi("10.1000/182"));
    }
}
