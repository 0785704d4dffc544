using System.Text;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public partial class StemCellJsonTests
{
    /// <summary>A document as format 1.0 wrote it, with one "deliveryRoute" per intervention.</summary>
    private const string Format10Document = "format-1.0-dataset.json";

    [Fact]
    public void SeedDataset_RoundTripsToAnEqualDatasetAndIdenticalBytes()
    {
        var dataset = SeedArticle.Dataset;

        var json = StemCellJson.Serialize(dataset);
        var back = StemCellJson.Deserialize(json);

        Assert.Equal(dataset, back);
        Assert.Equal(json, StemCellJson.Serialize(back));
    }

    [Fact]
    public void Deserialize_Format10SingleDeliveryRoute_ReadsAsAListOfOneAndIsWrittenAsDeliveryRoutes()
    {
        var dataset = StemCellJson.Deserialize(File.ReadAllText(RepositoryFiles.TestData(Format10Document)));

        Assert.Equal(new[] { DeliveryRoute.Intravenous }, dataset.Studies[0].Interventions[0].DeliveryRoutes);
        Assert.Equal(new[] { DeliveryRoute.Intrathecal }, dataset.Studies[1].Interventions[0].DeliveryRoutes);
        var json = StemCellJson.Serialize(dataset);
        Assert.DoesNotContain("\"deliveryRoute\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deliveryRoutes\": [\n            \"intrathecal\"\n          ],", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStudiesAsync_Format10SingleDeliveryRoute_ReadsAsAListOfOne()
    {
        await using var stream = File.OpenRead(RepositoryFiles.TestData(Format10Document));

        var studies = new List<Study>();
        await foreach (var study in StemCellJson.ReadStudiesAsync(stream))
        {
            studies.Add(study);
        }

        Assert.Equal(new[] { DeliveryRoute.Intrathecal }, studies[1].Interventions[0].DeliveryRoutes);
    }

    [Fact]
    public void Serialize_WritesFormatVersionFirstThenSourcesThenStudies()
    {
        var json = StemCellJson.Serialize(SeedArticle.Dataset);

        Assert.StartsWith("{\n  \"formatVersion\": \"1.1\",\n  \"sources\": [", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"sources\"", StringComparison.Ordinal) < json.IndexOf("\"studies\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_ThreeYearProportionWithoutDenominator_WritesOnlyWhatTheSourceSaid()
    {
        var json = StemCellJson.Serialize(SeedArticle.Dataset);

        Assert.Contains("\"kind\": \"proportion\",\n", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 0.8\n", json, StringComparison.Ordinal);
        Assert.Contains("\"timeFrame\": \"P3Y\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("denominator", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnsupportedMajorVersion_SaysWhichVersionsAreSupported()
    {
        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize("""{"formatVersion":"2.0","studies":[{"unknown":1}]}"""));

        Assert.Equal("$.formatVersion", error.Path);
        Assert.Contains("'2.0' is not supported: this reader supports 1.x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NewerMinorVersion_IsAccepted()
    {
        var dataset = StemCellJson.Deserialize("""{"formatVersion":"1.7"}""");

        Assert.Empty(dataset.Studies);
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsRejectedWhenStrictAndSkippedWhenLenient()
    {
        const string json = """{"formatVersion":"1.0","studies":[],"futureProperty":{"a":1}}""";

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(json));
        var lenient = StemCellJson.Deserialize(json, StemCellJsonReaderOptions.Lenient);

        Assert.Contains("futureProperty", error.Message, StringComparison.Ordinal);
        Assert.Empty(lenient.Studies);
    }

    [Fact]
    public void Deserialize_MalformedJson_ReportsLineAndPosition()
    {
        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize("{\n  \"formatVersion\": \"1.0\",\n  \"studies\": [\n    {\"id\": }\n  ]\n}"));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("(line 4, position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SeveralInvalidValues_ReportsEveryProblemWithItsPath()
    {
        var json = StemCellJson.Serialize(SeedArticle.Dataset)
            .Replace("\"value\": 0.8", "\"value\": 0.8,\n \"numerator\": 9, \"denominator\": 4", StringComparison.Ordinal)
            .Replace("\"title\": \"Mesenchymal stem cells", "\"title\": \" Mesenchymal stem cells", StringComparison.Ordinal)
            .Replace("\"name\": \"University of Cambridge\"", "\"name\": \"\"", StringComparison.Ordinal);

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(json));

        Assert.Equal(
            ["$.studies[0].institutions[0].name", "$.studies[0].title", "$.studies[1].findings[0].result.numerator"],
            error.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void TryDeserialize_InvalidDocument_ReturnsProblemsWithoutThrowing()
    {
        var ok = StemCellJson.TryDeserialize("""{"formatVersion":"1.0","studies":[{"id":"x"}]}""", out var dataset, out var problems);

        Assert.False(ok);
        Assert.Null(dataset);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Deserialize_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"formatVersion":"1.0"}""")).ToArray();

        Assert.Equal(EvidenceDataset.Empty, StemCellJson.Deserialize(bytes));
    }
}
