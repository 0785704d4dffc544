using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore.Tests;

/// <summary>The OpenAPI document of an application whose endpoints produce every model type and every vocabulary.</summary>
public sealed class StemCellOpenApiSchemaTransformerTests : IAsyncLifetime
{
    private static readonly Type[] ModelTypes =
    [
        typeof(EvidenceDataset), typeof(Source), typeof(SourceLocator), typeof(Claim), typeof(Study), typeof(Institution),
        typeof(RegistryIdentifier), typeof(Intervention), typeof(Dose), typeof(Finding), typeof(Population),
        typeof(QuantitativeResult), typeof(ProposedMechanism), typeof(SafetyProfile), typeof(TermEvidence),
    ];

    // Endpoint /types/{i} produces DocumentedTypes[i].
    private static readonly List<Type> DocumentedTypes =
        [.. ModelTypes, .. Vocabularies.All.Select(v => v.TermType), typeof(PartialDate), typeof(Period)];

    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        await using var app = await TestSupport.StartAppAsync(app =>
        {
            app.MapOpenApi();
            for (var i = 0; i < DocumentedTypes.Count; i++)
            {
                app.MapGet($"/types/{i}", () => Results.Ok()).Produces(StatusCodes.Status200OK, DocumentedTypes[i]);
            }
        });
        _document = JsonNode.Parse(await app.GetTestClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void EveryVocabulary_IsAStringEnumOfItsCodesInDeclarationOrder()
    {
        Assert.All(Vocabularies.All, vocabulary =>
        {
            var schema = Schema(vocabulary.TermType);
            Assert.Equal("string", schema["type"]!.GetValue<string>());
            Assert.Equal(vocabulary.Terms.Select(t => t.Code), schema["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        });
    }

    [Fact]
    public void EveryModelType_IsTheDatasetSchemasObjectWithoutNull()
    {
        Assert.All(ModelTypes, type =>
        {
            var schema = Schema(type);
            Assert.True(schema["type"]?.GetValue<string>() == "object", $"{type.Name}: {schema.ToJsonString()}");
            Assert.True(schema["properties"] is JsonObject { Count: > 0 } || schema["anyOf"] is JsonArray { Count: > 0 }, $"{type.Name}: {schema.ToJsonString()}");
            Assert.DoesNotContain("$defs", schema.ToJsonString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Study_IsExactlyTheDatasetSchemasStudyWithDefinitionsWrittenInPlace()
    {
        var schema = Schema(typeof(Study));
        var expected = JsonNode.Parse(StemCellJsonSchema.ToJson())!["properties"]!["studies"]!["items"]!;

        Assert.Equal(expected["properties"]!.AsObject().Select(p => p.Key), schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(expected["required"]!.ToJsonString(), schema["required"]!.ToJsonString());
        Assert.Equal(
            Vocabularies.Find("study-design").Terms.Select(t => t.Code),
            schema["properties"]!["designs"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void QuantitativeResult_KeepsTheKindsOfTheDatasetSchema()
    {
        var kinds = Schema(typeof(QuantitativeResult))["anyOf"]!.AsArray()
            .Select(s => s!["properties"]!["kind"]!["const"]!.GetValue<string>());

        Assert.Equal(["proportion", "scale-score", "scale-change", "hazard-ratio"], kinds);
    }

    [Fact]
    public void PartialDateAndPeriod_AreStringsWithTheirPatterns()
    {
        Assert.All([typeof(PartialDate), typeof(Period)], type =>
        {
            var schema = Schema(type);
            Assert.Equal("string", schema["type"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(schema["pattern"]?.GetValue<string>()), type.Name);
        });
    }

    [Fact]
    public async Task TransformAsync_NullArguments_Throw()
    {
        var transformer = new StemCellOpenApiSchemaTransformer();

        await Assert.ThrowsAsync<ArgumentNullException>("schema", () => transformer.TransformAsync(null!, null!, CancellationToken.None));
    }

    // The schema of a 200 response produced with that type, followed to its component where it is a reference.
    private JsonNode Schema(Type type)
    {
        var index = DocumentedTypes.IndexOf(type);
        var schema = _document["paths"]![$"/types/{index}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        return schema["$ref"] is { } reference
            ? _document["components"]!["schemas"]![reference.GetValue<string>()["#/components/schemas/".Length..]]!
            : schema;
    }
}
