using System.Text.Json;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public partial class StemCellJsonContextTests
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

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Finding>>(json, options));

        Assert.Equal("$.headline", error.Path);
        Assert.Contains("$.headline.quote:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelObjectWithAWrongValueInside_FailsWithThePathOfTheValueAndTheCallersPathOfTheProblem()
    {
        const string json = """{"first":{"outcomeMeasure":"survival","direction":"improved","population":{"kind":"all-participants"},"quote":"q","sourceIds":["x"]},"headline":{"outcomeMeasure":"cognition","direction":"improved","population":{"kind":"all-participants"},"quote":"q","sourceIds":["x"]}}""";
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Finding>>(json, options));

        Assert.Equal("$.headline", error.Path);
        Assert.Contains("$.headline.outcomeMeasure: 'cognition' is not a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelObjectWithAnUnknownProperty_FailsInTheFormatsTerms()
    {
        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize("""{"lower":0.1,"upper":0.2,"level":0.95,"p":0.01}""", PublicJson.TypeInfo<ConfidenceInterval>()));

        Assert.Contains("The property 'p' is not part of a confidence interval.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantitativeResultWithoutKind_FailsAsJsonException()
    {
        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize("""{"value":0.5}""", PublicJson.TypeInfo<QuantitativeResult>()));

        Assert.Contains("$: A quantitative result needs the property 'kind', which is missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantitativeResultOutOfRange_FailsWithTheModelsMessageOnOneLine()
    {
        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize("""{"kind":"proportion","value":1.5}""", PublicJson.TypeInfo<QuantitativeResult>()));

        Assert.Equal("The quantitative result is not valid: $.value: A proportion must be from 0 to 1 (0.8 for 80%); 1.5 is not.", error.Message);
    }

    [Fact]
    public void DatasetTypeInfo_UnsupportedVersion_Fails()
    {
        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize("""{"formatVersion":"3.1"}""", StemCellJson.DatasetTypeInfo));

        Assert.Contains("this reader supports 1.x", error.Message, StringComparison.Ordinal);
    }
}
