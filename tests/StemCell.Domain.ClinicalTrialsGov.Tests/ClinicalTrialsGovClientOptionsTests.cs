namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovClientOptionsTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        var options = ClinicalTrialsGovClientOptions.Default;

        Assert.Equal(new Uri("https://clinicaltrials.gov/api/v2/"), options.BaseAddress);
        Assert.Equal(4, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxDelay);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    [Theory]
    [InlineData("https://clinicaltrials.gov/api/v2")]
    [InlineData("https://clinicaltrials.gov/api/v2/?format=json")]
    [InlineData("https://clinicaltrials.gov/api/v2/#top")]
    [InlineData("ftp://clinicaltrials.gov/api/v2/")]
    public void BaseAddress_NotAnHttpFolder_Throws(string address)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovClientOptions { BaseAddress = new Uri(address) });

        Assert.Equal(nameof(ClinicalTrialsGovClientOptions.BaseAddress), exception.ParamName);
    }

    [Fact]
    public void BaseAddress_Relative_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovClientOptions { BaseAddress = new Uri("api/v2/", UriKind.Relative) });

    [Fact]
    public void BaseAddress_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ClinicalTrialsGovClientOptions { BaseAddress = null! });

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxAttempts_LessThanOne_Throws(int maxAttempts) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicalTrialsGovClientOptions { MaxAttempts = maxAttempts });

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void BaseDelay_NegativeOrOverADay_Throws(int seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicalTrialsGovClientOptions { BaseDelay = TimeSpan.FromSeconds(seconds) });

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void MaxDelay_NegativeOrOverADay_Throws(int seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicalTrialsGovClientOptions { MaxDelay = TimeSpan.FromSeconds(seconds) });

    [Fact]
    public void TimeProvider_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ClinicalTrialsGovClientOptions { TimeProvider = null! });

    [Fact]
    public void With_ChangesOnlyTheGivenProperty()
    {
        var options = ClinicalTrialsGovClientOptions.Default with { MaxAttempts = 2 };

        Assert.Equal(2, options.MaxAttempts);
        Assert.Equal(ClinicalTrialsGovClientOptions.Default, options with { MaxAttempts = 4 });
    }
}
