using System.Net;
using StemCell.Domain.Fhir;

namespace StemCell.Domain.AspNetCore.Tests.Api;

/// <summary>The sample's <c>/fhir/ResearchStudy/{id}</c>: one study as FHIR R4, read back by the library's FHIR importer.</summary>
public sealed class FhirEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetResearchStudy_ARegistryTrial_IsAFhirBundleThatReadsBackToWhatFhirCarriesOfTheStudy()
    {
        var study = SampleDataset.Dataset.Studies.Single(s => s.Id == "nct03280056");

        using var response = await _client.GetAsync(new Uri("/fhir/ResearchStudy/nct03280056", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FhirExporter.Carried(study), Assert.Single(FhirImporter.ImportStudies(body)));
        Assert.Contains("\"value\": \"NCT03280056\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-study")]
    [InlineData("NCT03280056")]
    public async Task GetResearchStudy_UnknownId_IsA404Problem(string id)
    {
        using var response = await _client.GetAsync(new Uri("/fhir/ResearchStudy/" + id, UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains($"'{id}'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
