using System.Text.Json.Nodes;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore.Tests.Api;

/// <summary>The sample's <c>/openapi/v1.json</c>, and its health check.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Document_ListsEveryEndpoint()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(
            ["/datasets/validate", "/fhir/ResearchStudy/{id}", "/studies", "/studies/{id}", "/vocabularies", "/vocabularies/{name}", "/vocabularies/{name}/{code}"],
            document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_DescribesStudyWithItsPropertiesAndDiseaseAsAnEnumOfItsCodes()
    {
        var schemas = (await _client.GetJsonAsync("/openapi/v1.json"))["components"]!["schemas"]!;

        var study = schemas["Study"]!;
        Assert.Equal("object", study["type"]!.GetValue<string>());
        Assert.Contains("disease", study["properties"]!.AsObject().Select(p => p.Key));
        Assert.Contains("interventions", study["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "title", "disease", "sourceIds"], study["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(study["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(Codes(Disease.All), Strings(study["properties"]!["disease"]!["enum"]!));

        var disease = schemas["Disease"]!;
        Assert.Equal("string", disease["type"]!.GetValue<string>());
        Assert.Equal(Codes(Disease.All), Strings(disease["enum"]!));
    }

    [Fact]
    public async Task Document_QueryParametersOfVocabularyTypes_AreEnumsOfTheirCodes()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");
        var parameters = document["paths"]!["/studies"]!["get"]!["parameters"]!.AsArray();

        var phase = parameters.Single(p => p!["name"]!.GetValue<string>() == "minPhase")!;
        Assert.Equal("query", phase["in"]!.GetValue<string>());
        Assert.Equal(Codes(TrialPhase.All), Strings(Resolve(document, phase["schema"]!)["enum"]!));
    }

    [Fact]
    public async Task Document_ValidateTakesADatasetDocument()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var body = document["paths"]!["/datasets/validate"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var dataset = Resolve(document, body);
        Assert.Equal(["formatVersion"], dataset["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["formatVersion", "sources", "studies"], dataset["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Health_IsHealthy()
    {
        using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![reference.GetValue<string>()["#/components/schemas/".Length..]]!
            : schema;

    private static List<string> Codes<TTerm>(IEnumerable<TTerm> terms)
        where TTerm : IVocabularyTerm => [.. terms.Select(t => t.Code)];

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(n => n!.GetValue<string>())];
}
