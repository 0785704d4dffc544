using System.Text.Json;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.TestSupport;

namespace StemCell.Domain.Tests.Serialization;

/// <content>The invalid-document corpus: every file of <c>TestData/json-invalid/</c> is rejected for its stated reason.</content>
public partial class StemCellJsonTests
{
    private const string CorpusFolder = "json-invalid";

    private const string CorpusBase = "corpus-base-dataset.json";

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var entry in CorpusExpectations())
        {
            data.Add(entry.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Deserialize_CorpusFile_IsRejectedWithItsExpectedPathAndMessage(string file)
    {
        var expected = CorpusExpectations().Single(e => e.File == file);
        var bytes = File.ReadAllBytes(RepositoryFiles.TestData(Path.Combine(CorpusFolder, file)));

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(bytes));

        // One change from a valid document makes one problem; a second would mean the file is wrong for another reason too.
        var problem = Assert.Single(error.Problems);
        Assert.Equal(expected.Path, problem.Path);
        Assert.Contains(expected.Message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
        Assert.Equal(expected.Path, error.Path);
        Assert.Contains(problem.Message, error.Message, StringComparison.Ordinal);
        if (expected.Line is { } line)
        {
            Assert.Equal(line - 1, error.LineNumber);
            Assert.NotNull(error.BytePositionInLine);
            Assert.Contains($"(line {line}, position {error.BytePositionInLine + 1})", problem.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error.LineNumber);
        }
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyFilesAndAnExpectationForEachFile()
    {
        var files = Directory.GetFiles(RepositoryFiles.TestData(CorpusFolder), "*.json")
            .Select(Path.GetFileName)
            .Where(name => name != "expectations.json")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var expected = CorpusExpectations().Select(e => e.File).Order(StringComparer.Ordinal).ToArray();

        Assert.True(files.Length >= 60, $"The corpus has {files.Length} files.");
        Assert.Equal(files, expected);
    }

    [Fact]
    public void CorpusBase_IsAValidDatasetWrittenAsThisLibraryWritesIt()
    {
        // Every corpus file is this document with one change, so the change is what makes it invalid.
        var json = File.ReadAllText(RepositoryFiles.TestData(CorpusBase));

        var dataset = StemCellJson.Deserialize(json);

        Assert.True(dataset.Validate().IsValid);
        Assert.Equal(json, StemCellJson.Serialize(dataset));
    }

    [Fact]
    public void CorpusBase_UsesEveryResultKindAndEveryOptionalPart()
    {
        var json = File.ReadAllText(RepositoryFiles.TestData(CorpusBase));

        foreach (var kind in new[] { "proportion", "scale-score", "scale-change", "hazard-ratio", "all-participants", "subgroup", "doi", "url" })
        {
            Assert.Contains($"\"kind\": \"{kind}\"", json, StringComparison.Ordinal);
        }

        foreach (var property in new[]
        {
            "publisher", "authors", "publicationDate", "claims", "notes", "institutions", "country", "courses", "phase", "status", "designs",
            "enrollment", "reportedIn", "startDate", "completionDate", "registryIdentifiers", "tissueSource", "donorOrigin", "deliveryRoutes",
            "conditioningRegimen", "dose", "numberOfAdministrations", "numerator", "denominator", "confidenceInterval", "timeFrame",
            "mechanisms", "safety", "tolerability", "adverseEvents", "risks", "enrollmentActuality", "startDateActuality",
            "completionDateActuality", "outcomeMeasures", "clinicalScales", "evidence", "field", "sourceId",
        })
        {
            Assert.Contains($"\"{property}\": ", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deserialize_CorpusFileWithUnknownProperty_IsAcceptedWhenLenient()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.TestData(Path.Combine(CorpusFolder, "unknown-property.json")));
        var original = StemCellJson.Deserialize(File.ReadAllText(RepositoryFiles.TestData(CorpusBase)));

        Assert.Equal(original, StemCellJson.Deserialize(bytes, StemCellJsonReaderOptions.Lenient));
    }

    private static IReadOnlyList<CorpusExpectation> CorpusExpectations() =>
        JsonSerializer.Deserialize<CorpusExpectation[]>(
            File.ReadAllBytes(RepositoryFiles.TestData(Path.Combine(CorpusFolder, "expectations.json"))),
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow })!;

    private sealed record CorpusExpectation(string File, string Path, string Message, int? Line);
}
