using StemCell.Domain.Model;

namespace StemCell.Domain.Fhir.Tests;

public sealed class FhirImportResultTests
{
    [Fact]
    public void GetStudiesOrThrow_WithErrors_ThrowsListingThemWithThePartialStudies()
    {
        var json = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"ResearchStudy","id":"als","title":"ALS","status":"completed","condition":[{"coding":[{"system":"http://snomed.info/sct","code":"86044005"}]}]}},{"resource":{"resourceType":"ResearchStudy","id":"other","title":"Other","status":"completed"}}]}""";
        var result = FhirImporter.Import(json, FhirImportOptions.Strict);

        var exception = Assert.Throws<FhirImportException>(() => result.GetStudiesOrThrow());

        Assert.Equal(result.Errors.ToArray(), exception.Problems.ToArray());
        Assert.Equal("als", Assert.Single(exception.PartialStudies).Id);
        Assert.Equal("1 studies, 1 errors, 0 warnings", result.ToString());
    }

    [Fact]
    public void GetStudiesOrThrow_WithoutErrors_ReturnsTheStudies()
    {
        var result = FhirImporter.Import(FhirExporter.ToJson(SampleDataset.Dataset), FhirImportOptions.Strict);

        Assert.True(result.Succeeded);
        Assert.Equal(result.Studies, result.GetStudiesOrThrow());
    }

    [Fact]
    public void FhirImportException_NamesEveryProblem()
    {
        var exception = new FhirImportException([new ValidationProblem("ResearchStudy.status", "missing"), new ValidationProblem("ResearchStudy.title", "missing")], null);

        Assert.Contains("ResearchStudy.status: missing", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ResearchStudy.title: missing", exception.Message, StringComparison.Ordinal);
        Assert.Empty(exception.PartialStudies);
    }
}
