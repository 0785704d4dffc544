using System.Text.Json;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public class StemCellJsonContextTests
{
    [Fact]
    public void StudyTypeInfo_WritesTheSameShapeAsTheDatasetDocument()
    {
        var alone = JsonSerializer.Serialize(SeedArticle.JohnsHopkins, StemCellJson.StudyTypeInfo);
        var inDocument = JsonDocument.Parse(StemCellJson.Serialize(SeedArticle.Dataset)).RootElement.GetProperty("studies")[2];

        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(alone).RootElement, inDocument), alone);
    }

    [Fact]
    public void StudyTypeInfo_RoundTripsAStudy()
    {
        var json = JsonSerializer.Serialize(SeedArticle.Cleveland, StemCellJson.StudyTypeInfo);

        Assert.Equal(SeedArticle.Cleveland, JsonSerializer.Deserialize(json, StemCellJson.StudyTypeInfo));
    }

    [Fact]
    public void ConfigureForStemCellDomain_SerializesModelObjectsInsideTheCallersOwnTypes()
    {
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();
        var payload = new Dictionary<string, Finding> { ["headline"] = SeedArticle.Cleveland.Findings[0] };

        var json = JsonSerializer.Serialize(payload, options);
        var back = JsonSerializer.Deserialize<Dictionary<string, Finding>>(json, options)!;

        Assert.Contains("\"outcomeMeasure\":\"disability-progression\"", json, StringComparison.Ordinal);
        Assert.Equal(payload["headline"], back["headline"]);
    }

    [Fact]
    public void ConfigureForStemCellDomain_ReadsVocabularyTermsAndPartialDates()
    {
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();

        Assert.Same(TrialPhase.Phase1Phase2, JsonSerializer.Deserialize<TrialPhase>("\"phase-1-phase-2\"", options));
        Assert.Equal(PartialDate.FromYearMonth(2017, 8), JsonSerializer.Deserialize<PartialDate>("\"2017-08\"", options));
    }

    [Fact]
    public void InvalidModelObject_FailsWithThePathOfTheValueAndOfEachProblem()
    {
        const string json = """{"headline":{"outcomeMeasure":"survival","direction":"improved","population":{"kind":"all-participants"},"quote":" padded","sourceIds":["x"],"timeFrame":"P0D"}}""";
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Finding>>(json, options));

        Assert.Equal("$.headline", error.Path);
        Assert.Contains("$.quote:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetTypeInfo_UnsupportedVersion_Fails()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"formatVersion":"3.1"}""", StemCellJson.DatasetTypeInfo));

        Assert.Contains("this reader supports 1.x", error.Message, StringComparison.Ordinal);
    }
}
