using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore.Tests;

/// <summary><c>AddStemCellDomain</c> in an application of the test's own, whose handlers bind the library's types from bodies, routes and queries.</summary>
public sealed class StemCellDomainServiceCollectionExtensionsTests
{
    // Production: the package's own middleware answers; Development: the developer exception page's filter does;
    // ExceptionHandler: the application's UseExceptionHandler, through the package's IExceptionHandler.
    public static TheoryData<string> Pipelines() => ["Production", "Development", "ExceptionHandler"];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task StudyBody_Valid_IsReadAndWrittenInTheDocumentFormat(string pipeline)
    {
        await using var app = await StartAsync(pipeline);
        var study = ValidStudy();

        using var response = await app.GetTestClient().PostAsync(new Uri("/studies", UriKind.Relative), TestSupport.Json(study));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(study, JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task StudyBody_UnknownProperty_IsAValidationProblemAtItsPath(string pipeline)
    {
        await using var app = await StartAsync(pipeline);
        var study = ValidStudy();
        study["bogus"] = 1;

        using var response = await app.GetTestClient().PostAsync(new Uri("/studies", UriKind.Relative), TestSupport.Json(study));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.Contains("The property 'bogus' is not part of a study", Assert.Single(errors["$.bogus"]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task StudyBody_ModelProblems_AreEveryOneListed(string pipeline)
    {
        await using var app = await StartAsync(pipeline);
        var study = ValidStudy();
        study["findings"]![0]!["quote"] = "";
        study["title"] = " padded";

        using var response = await app.GetTestClient().PostAsync(new Uri("/studies", UriKind.Relative), TestSupport.Json(study));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.Equal(["$.findings[0].quote", "$.title"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("courses", "null", "$.envelope.study.courses")]
    [InlineData("disease", "\"parkinsons-disease\"", "$.envelope.study.disease")]
    [InlineData("bogus", "true", "$.envelope.study.bogus")]
    public async Task StudyInsideTheApplicationsOwnType_Problem_IsAtTheCallersPath(string property, string value, string path)
    {
        await using var app = await StartAsync("Production");
        var study = ValidStudy();
        study[property] = JsonNode.Parse(value);
        var body = new JsonObject { ["envelope"] = new JsonObject { ["study"] = study } };

        using var response = await app.GetTestClient().PostAsync(new Uri("/envelopes", UriKind.Relative), TestSupport.Json(body));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.Equal([path], errors.Keys);
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task MalformedBody_IsAValidationProblemWithTheLine(string pipeline)
    {
        await using var app = await StartAsync(pipeline);

        using var response = await app.GetTestClient().PostAsync(new Uri("/studies", UriKind.Relative), TestSupport.Json("{\"id\": \"x\",\n  oops}"));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.Contains("(line 2, position 3)", Assert.Single(errors).Value.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/terms/ALS", "amyotrophic-lateral-sclerosis")]
    [InlineData("/terms/multiple-sclerosis", "multiple-sclerosis")]
    [InlineData("/terms/Ms?phase=PHASE-2", "multiple-sclerosis phase-2")]
    public async Task VocabularyInRouteOrQuery_BindsFromACodeOrSynonymInAnyCase(string uri, string expected)
    {
        await using var app = await StartAsync("Production");

        Assert.Equal(expected, await app.GetTestClient().GetStringAsync(new Uri(uri, UriKind.Relative)));
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public async Task VocabularyInRoute_UnknownCode_IsA400Problem(string pipeline)
    {
        await using var app = await StartAsync(pipeline);

        using var response = await app.GetTestClient().GetAsync(new Uri("/terms/parkinsons", UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("parkinsons", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddStemCellDomain_CalledTwice_ConfiguresOnce()
    {
        var services = new ServiceCollection();

        services.AddStemCellDomain();
        var count = services.Count;
        services.AddStemCellDomain();

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void AddStemCellDomain_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("services", () => StemCellDomainServiceCollectionExtensions.AddStemCellDomain(null!));

    private static JsonObject ValidStudy() => TestSupport.ValidDataset()["studies"]![1]!.DeepClone().AsObject();

    private static Task<WebApplication> StartAsync(string pipeline) =>
        TestSupport.StartAppAsync(
            app =>
            {
                if (pipeline == "ExceptionHandler")
                {
                    app.UseExceptionHandler();
                }

                app.MapPost("/studies", (Study study) => study);
                app.MapPost("/envelopes", (Dictionary<string, Envelope> body) => body.Count);
                app.MapGet("/terms/{disease}", (Disease disease, TrialPhase? phase) => phase is null ? disease.Code : $"{disease.Code} {phase.Code}");
            },
            environment: pipeline == "Development" ? "Development" : "Production");

    /// <summary>An application's own request type holding a study.</summary>
    /// <param name="Study">The study.</param>
    public sealed record Envelope(Study Study);
}
