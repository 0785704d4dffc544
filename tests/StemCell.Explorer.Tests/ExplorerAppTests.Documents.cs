using System.Text.Json.Nodes;
using StemCell.Domain;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>The vocabulary and the JSON documents: <c>vocabulary</c>, <c>schema</c> and <c>export</c>.</summary>
public partial class ExplorerAppTests
{
    [Fact]
    public void Vocabulary_ListsEveryVocabularyWithItsTermCount()
    {
        var result = Cli.Run("vocabulary").Succeeded();

        Assert.Contains($"Vocabularies ({Vocabularies.All.Length})", result.Output, StringComparison.Ordinal);
        Assert.All(Vocabularies.All, v => Assert.Matches($@"(?m)^{v.Name} +{v.Terms.Length} +{System.Text.RegularExpressions.Regex.Escape(v.Description)}$", result.Output));
    }

    [Theory]
    [InlineData("trial-phase")]
    [InlineData("Disease")]
    public void Vocabulary_Name_ListsItsTermsWithTheirDefinitions(string name)
    {
        var result = Cli.Run("vocabulary", name).Succeeded();

        var vocabulary = Vocabularies.Find(name);
        Assert.StartsWith($"{vocabulary.Name}: {vocabulary.Description}\n", result.Output, StringComparison.Ordinal);
        Assert.All(vocabulary.Terms, t => Assert.Matches($"(?m)^{t.Code} +.*{System.Text.RegularExpressions.Regex.Escape(t.Definition)}$", result.Output));
    }

    [Fact]
    public void Vocabulary_Json_IsTheVocabularyExport()
    {
        var result = Cli.Run("vocabulary", "--format", "json").Succeeded();

        Assert.Equal(VocabularyExport.ToJson(), result.Output);
    }

    [Fact]
    public void Vocabulary_NameJson_IsThatVocabularysPartOfTheExport()
    {
        var result = Cli.Run("vocabulary", "stem-cell-type", "--format", "json").Succeeded();

        var export = JsonNode.Parse(VocabularyExport.ToJson())!;
        var expected = export["vocabularies"]!.AsArray().Single(v => (string?)v!["name"] == "stem-cell-type");
        var document = JsonNode.Parse(result.Output)!;
        Assert.Equal("2.0", (string?)document["formatVersion"]);
        Assert.True(JsonNode.DeepEquals(expected, Assert.Single(document["vocabularies"]!.AsArray())));
        Assert.Contains("\"iPSC\"", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vocabulary", "diseases")]
    [InlineData("vocabulary", "--format", "xml")]
    public void Vocabulary_UnknownNameOrFormat_IsAUsageError(params string[] args)
    {
        var result = Cli.Run(args).Failed(ExitCodes.UsageError);

        Assert.Contains(args[^1], result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_IsTheDatasetDocumentsJsonSchema()
    {
        var result = Cli.Run("schema").Succeeded();

        Assert.Equal(StemCellJsonSchema.ToJson(), result.Output);
    }

    [Fact]
    public void Export_IsTheSampleDatasetDocument_WhichTheSchemaAccepts()
    {
        var result = Cli.Run("export").Succeeded();

        Assert.Equal(SampleDataset.Dataset, StemCellJson.Deserialize(result.Output));
        Assert.EndsWith("}\n", result.Output, StringComparison.Ordinal);
        var schema = Json.Schema.JsonSchema.FromText(Cli.Run("schema").Succeeded().Output);
        Assert.True(schema.Evaluate(JsonNode.Parse(result.Output)).IsValid);
    }

    [Fact]
    public void Schema_Out_WritesTheSchemaToTheFileAndNothingToStandardOutput()
    {
        using var directory = new TempDirectory();
        var path = directory.File("schema.json");

        var result = Cli.Run("schema", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.EndsWith($" to {path}.", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(Cli.Run("schema").Output, File.ReadAllText(path));
    }

    [Fact]
    public void Export_Out_WritesTheDocumentToTheFile()
    {
        using var directory = new TempDirectory();
        var path = directory.File("sample.json");

        var result = Cli.Run("export", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"Wrote the sample dataset (47 sources, 44 studies) to {path}.\n", result.Error);
        Assert.Equal(Cli.Run("export").Output, File.ReadAllText(path));
    }

    [Fact]
    public void Export_OutToAPlaceThatCannotBeWritten_FailsWithOneLine()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "no-such-directory", "sample.json");

        var result = Cli.Run("export", "--out", path).Failed(ExitCodes.Failure);

        Assert.StartsWith($"{path}: cannot write the file: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
