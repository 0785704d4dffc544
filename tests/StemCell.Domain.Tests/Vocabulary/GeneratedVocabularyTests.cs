using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.VocabularyGenerator;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>
/// The vocabularies' C# is generated from their definition files by tools/StemCell.Domain.VocabularyGenerator and
/// checked in; this keeps every generated file what its definitions make of it.
/// </summary>
public sealed class GeneratedVocabularyTests
{
    public static TheoryData<string> GeneratedFiles() =>
        [.. GenerationPlan.Create(RepositoryFiles.RepositoryRoot).Files.Select(f => f.Path)];

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void GeneratedFile_IsWhatItsDefinitionsMake(string path)
    {
        var expected = GenerationPlan.Create(RepositoryFiles.RepositoryRoot).Files.Single(f => f.Path == path).Content;
        var file = Path.Combine(RepositoryFiles.RepositoryRoot, path);
        if (RepositoryFiles.UpdateSnapshots)
        {
            File.WriteAllText(file, expected);
        }

        Assert.True(
            File.Exists(file) && File.ReadAllText(file) == expected,
            $"{path} is not what the vocabulary definitions make. Run `dotnet run --project tools/StemCell.Domain.VocabularyGenerator` and commit the result.");
    }

    [Fact]
    public void GeneratedDirectories_HoldNoFileTheDefinitionsDoNotMake()
    {
        var planned = GenerationPlan.Create(RepositoryFiles.RepositoryRoot).Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var stale = new[] { GenerationPlan.LibraryOutput, GenerationPlan.TestOutput }
            .SelectMany(d => Directory.GetFiles(Path.Combine(RepositoryFiles.RepositoryRoot, d)))
            .Select(f => Path.GetRelativePath(RepositoryFiles.RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => !planned.Contains(f))
            .ToList();

        Assert.True(stale.Count == 0, $"No definition makes {string.Join(", ", stale)}: delete it, or restore its definition.");
    }

    [Theory]
    [InlineData("\"code\": 1", "$.terms[0].code must be a non-empty string")]
    [InlineData("\"colour\": \"red\"", "$.terms[0].colour is not a property here")]
    public void Read_BrokenDefinition_NamesTheFileAndThePlace(string property, string problem)
    {
        var json = $$"""
            { "name": "x", "type": "X", "order": 1, "description": "d.", "summary": "s.", "properties": [],
              "terms": [ { "member": "A", "summary": "a.", "value": 1, "displayName": "A", "definition": "a.", {{property}} } ] }
            """;

        var exception = Assert.Throws<InvalidDataException>(() => VocabularyDefinition.Read("x.json", json));

        Assert.Contains("x.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"code\": \"b\", \"value\": 2", "\"code\": \"b\", \"value\": 3", "'b' of C already names B, ignoring case")]
    [InlineData("\"code\": \"b\", \"value\": 2", "\"code\": \"c\", \"value\": 3, \"synonyms\": [\"B\"]", "'B' of C already names B, ignoring case")]
    [InlineData("\"code\": \"b\", \"value\": 2, \"synonyms\": [\"x\"]", "\"code\": \"c\", \"value\": 3, \"synonyms\": [\"X\"]", "'X' of C already names B, ignoring case")]
    [InlineData("\"code\": \"b\", \"value\": 2", "\"code\": \"c\", \"value\": 2", "the value 2 of 'c' is negative or not unique")]
    [InlineData("\"code\": \"b\", \"value\": 2", "\"code\": \"Not_Kebab\", \"value\": 3", "the code 'Not_Kebab' is not lower-kebab-case")]
    public void CheckLookupKeys_TermsALookupCannotTellApart_NameTheFileAndTheTerm(string first, string second, string problem)
    {
        var definition = VocabularyDefinition.Read("x.json", TwoTerms(first, second));

        var exception = Assert.Throws<InvalidDataException>(() => Emitter.CheckLookupKeys(definition));

        Assert.Contains("x.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    private static string TwoTerms(string first, string second) => $$"""
        { "name": "x", "type": "X", "order": 1, "description": "d.", "summary": "s.", "properties": [],
          "terms": [
            { "member": "B", "summary": "b.", "displayName": "B", "definition": "b.", {{first}} },
            { "member": "C", "summary": "c.", "displayName": "C", "definition": "c.", {{second}} } ] }
        """;
}
