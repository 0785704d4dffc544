using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.TestSupport;

namespace StemCell.Domain.Tests.Serialization;

/// <content>Bad input read through the type infos and <c>ConfigureForStemCellDomain</c> fails as <see cref="StemCellJsonException"/>, as a document does.</content>
public partial class StemCellJsonContextTests
{
    // One corpus file per way a document goes wrong: the JSON reader (with a line), a wire shape, a vocabulary code
    // found while mapping, a value object, the model's validation, the format version, a result without its kind.
    public static TheoryData<string> RepresentativeCorpusFiles() =>
    [
        "block-comment.json",
        "unknown-evidence-kind.json",
        "missing-claim-quote.json",
        "unknown-claim-code.json",
        "numerator-above-denominator.json",
        "course-of-another-disease.json",
        "study-cites-unknown-source.json",
        "format-version-2.json",
        "missing-result-kind.json",
        "root-array.json",
        "unknown-property.json",
        "null-for-studies-list.json",
    ];

    [Theory]
    [MemberData(nameof(RepresentativeCorpusFiles))]
    public void DatasetTypeInfo_CorpusFile_FailsAsStemCellJsonDeserializeDoes(string file)
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.TestData(Path.Combine("json-invalid", file)));
        var expected = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(bytes));

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(bytes, StemCellJson.DatasetTypeInfo));

        // Through JsonSerializer the reader sees the value, not the caller's document, so it knows no lines but those
        // of malformed JSON, which the JSON reader itself reports.
        Assert.Equal(expected.Path, error.Path);
        Assert.Equal(expected.Problems.Select(p => p.Path), error.Problems.Select(p => p.Path));
        Assert.Equal(expected.Problems.Select(p => WithoutLocation(p.Message)), error.Problems.Select(p => WithoutLocation(p.Message)));
        if (expected.Problems[0].Message.StartsWith("The JSON is malformed", StringComparison.Ordinal))
        {
            Assert.Equal(expected.LineNumber, error.LineNumber);
            Assert.Equal(expected.BytePositionInLine, error.BytePositionInLine);
        }
        else
        {
            Assert.Null(error.LineNumber);
        }

        Assert.Contains($"{error.Problems[0].Path}: {error.Problems[0].Message}", error.Message, StringComparison.Ordinal);
    }

    private static string WithoutLocation(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @" \(line \d+, position \d+\)$", string.Empty);

    [Theory]
    [InlineData("block-comment.json")]
    [InlineData("unknown-claim-code.json")]
    [InlineData("course-of-another-disease.json")]
    public void ConfigureForStemCellDomain_DatasetInsideTheCallersDocument_ReportsProblemsWithTheCallersPath(string file)
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.TestData(Path.Combine("json-invalid", file)));
        var expected = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(bytes));
        var json = """{"request":{"dataset":""" + System.Text.Encoding.UTF8.GetString(bytes) + "}}";
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();

        var error = Assert.Throws<StemCellJsonException>(
            () => JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, EvidenceDataset>>>(json, options));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.request.dataset" + expected.Problems[0].Path[1..], problem.Path);
        Assert.Equal("$.request.dataset", error.Path);
        Assert.Contains($"{problem.Path}: ", error.Message, StringComparison.Ordinal);
        if (expected.LineNumber is not null)
        {
            // The value shares the caller's reader, so its lines are the caller's: here, the same as in the file.
            Assert.Contains($"(line {expected.LineNumber + 1}, ", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StudyTypeInfo_StudyBreakingAModelRule_FailsWithTheRulesPath()
    {
        var json = CorpusStudy("course-of-another-disease.json", 1);

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(json, StemCellJson.StudyTypeInfo));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.courses[0]", problem.Path);
        Assert.Equal("$.courses[0]", error.Path);
        Assert.Contains("'relapsing-remitting-ms' is a course of multiple-sclerosis", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StudyTypeInfo_StudyCitingASourceItDoesNotHold_IsAccepted()
    {
        // Which sources exist is a question for a dataset; a study read alone is checked by its own rules only.
        var json = CorpusStudy("study-cites-unknown-source.json", 0);

        Assert.NotNull(JsonSerializer.Deserialize(json, StemCellJson.StudyTypeInfo));
    }

    [Fact]
    public void ConfigureForStemCellDomain_StudyBreakingAModelRuleInsideTheCallersDocument_ReportsTheCallersPath()
    {
        var json = """{"trials":[""" + CorpusStudy("course-of-another-disease.json", 1) + "]}";
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Study[]>>(json, options));

        Assert.Equal("$.trials[0].courses[0]", Assert.Single(error.Problems).Path);
    }

    [Theory]
    [InlineData(JsonUnmappedMemberHandling.Skip)]
    [InlineData(JsonUnmappedMemberHandling.Disallow)]
    public void ConfigureForStemCellDomain_StudyWithAnUnknownProperty_IsRejectedWhateverTheCallersUnmappedMemberHandling(
        JsonUnmappedMemberHandling handling)
    {
        var study = JsonNode.Parse(CorpusStudy("null-for-designs-list.json", 1))!.AsObject();
        study["bogus"] = 1;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = handling }.ConfigureForStemCellDomain();

        var error = Assert.Throws<StemCellJsonException>(
            () => JsonSerializer.Deserialize<Dictionary<string, Study[]>>("""{"trials":[""" + study.ToJsonString() + "]}", options));

        Assert.Equal("$.trials[0].bogus", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void ConfigureForStemCellDomain_StudyWithANullList_IsRejectedWithTheCallersPath()
    {
        var study = JsonNode.Parse(CorpusStudy("null-for-designs-list.json", 1))!.AsObject();
        study["courses"] = null;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForStemCellDomain();

        var error = Assert.Throws<StemCellJsonException>(
            () => JsonSerializer.Deserialize<Dictionary<string, Study>>("""{"trial":""" + study.ToJsonString() + "}", options));

        Assert.Equal("$.trial.courses", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void StudyTypeInfo_NullList_IsRejectedWithItsPath()
    {
        var study = JsonNode.Parse(CorpusStudy("null-for-designs-list.json", 1))!.AsObject();
        study["interventions"] = null;

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(study.ToJsonString(), StemCellJson.StudyTypeInfo));

        Assert.Equal("$.interventions", Assert.Single(error.Problems).Path);
        Assert.Contains("Expected a JSON array for 'interventions', but found null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceTypeInfo_WrongValueInside_FailsWithItsPath()
    {
        const string json = "{\n  \"id\": \"report\",\n  \"title\": \"A report\",\n  \"evidenceKind\": \"rumour\"\n}";

        var error = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(json, StemCellJson.SourceTypeInfo));

        Assert.Equal("$.evidenceKind", error.Path);
        Assert.StartsWith("'rumour' is not a evidence-kind code.", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    private static string CorpusStudy(string file, int index) =>
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.TestData(Path.Combine("json-invalid", file))))!["studies"]![index]!.ToJsonString();
}
