using StemCell.Domain;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// The embedded sample dataset is exactly what the documented build command makes from its checked-in inputs
/// (src/StemCell.Domain/SampleData/README.md): the seed article's dataset, the classic registry snapshots and the
/// reviewed curation. Nothing in the generated document is edited by hand.
/// </summary>
public partial class ExplorerAppTests
{
    /// <summary>The build command run once for the tests that check it: its result and the document it wrote.</summary>
    private static readonly Lazy<(ExplorerResult Result, byte[] Document)> SampleBuild = new(() =>
    {
        using var directory = new TempDirectory();
        var built = directory.File("sample-dataset.json");
        var result = BuildSampleDataset(built).Succeeded();
        return (result, File.ReadAllBytes(built));
    });

    [Fact]
    public void SampleDataset_IsWhatTheBuildCommandMakesFromItsInputs()
    {
        var built = SampleBuild.Value.Document;

        if (RepositoryFiles.UpdateSnapshots)
        {
            File.WriteAllBytes(Path.Combine(RepositoryFiles.SampleData, "sample-dataset.json"), built);
            return;
        }

        using var embedded = SampleDataset.OpenJson();
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);
        Assert.True(
            copy.ToArray().AsSpan().SequenceEqual(built),
            "The embedded sample dataset differs from what its build command makes now. If the change is deliberate, rebuild it with "
            + $"`{RepositoryFiles.UpdateSnapshotsVariable}=1 dotnet test tests/StemCell.Explorer.Tests --filter FullyQualifiedName~SampleDataset_` "
            + "(or the command in src/StemCell.Domain/SampleData/README.md) and review the diff.");
    }

    [Fact]
    public void SampleDataset_TheBuildSummaryCountsTheSnapshotsRecords()
    {
        var result = SampleBuild.Value.Result;

        Assert.Equal(["Read:     57 records", "Imported: 54 records as 41 studies", "Skipped:  3 records", "Failed:   0 records"], result.OutputLines.Take(4));
    }

    [Fact]
    public void ImportCtgov_ACurationWhosePhraseIsNotInTheRecord_Exits1NamingTheDecision()
    {
        using var directory = new TempDirectory();
        var curation = directory.Write("curation.json", """
            {"formatVersion": "1.0", "decisions": [{"trial": "NCT03280056", "vocabulary": "delivery-route", "code": "intravenous",
              "intervention": 0, "field": "briefSummary", "phrase": "given intravenously", "why": "A test."}]}
            """);

        var result = Cli.Run("import", "ctgov", NurOwnCsv, "--curation", curation, "--out", directory.File("out.json"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(
            $"{curation}: $.decisions[0].phrase: no imported record of NCT03280056 has \"given intravenously\" in its field briefSummary.",
            Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(directory.File("out.json")));
    }

    [Fact]
    public void ImportCtgov_AnInvalidCurationDocument_Exits1ListingEveryProblemBeforeReadingAnyRecord()
    {
        using var directory = new TempDirectory();
        var curation = directory.Write("curation.json", """
            {"formatVersion": "1.0", "decisions": [{"trial": "NCT3280056", "vocabulary": "tissue-source", "code": "marrow",
              "field": "briefSummary", "phrase": "bone marrow", "why": "A test.", "reviewer": "me"}]}
            """);

        var result = Cli.Run("import", "ctgov", NurOwnCsv, "--curation", curation);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal(
            [
                $"{curation}: $.decisions[0].reviewer: unknown property; a decision has \"trial\", \"vocabulary\", \"code\", \"intervention\", \"field\", \"phrase\", \"why\".",
                $"{curation}: $.decisions[0].trial: 'NCT3280056' is not an NCT number: expected NCT followed by eight digits, such as NCT04047628.",
                $"{curation}: $.decisions[0].code: 'marrow' is not a code of tissue-source; expected one of "
                    + string.Join(", ", Domain.Vocabulary.TissueSource.All.Select(t => t.Code)) + ".",
                $"{curation}: $.decisions[0]: a tissue-source is a value of an intervention, so the decision needs \"intervention\".",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void ImportCtgov_IntoADatasetWithTheSameStudy_Exits1NamingTheClashingIds()
    {
        using var directory = new TempDirectory();
        var first = directory.File("first.json");
        Cli.Run("import", "ctgov", NurOwnCsv, "--out", first).Succeeded();

        var result = Cli.Run("import", "ctgov", NurOwnCsv, "--into", first, "--out", directory.File("second.json"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"{first}: the imported study nct03280056 has the id of one already there; ids must be unique.", result.ErrorLines);
        Assert.False(File.Exists(directory.File("second.json")));
    }

    private static ExplorerResult BuildSampleDataset(string output)
    {
        var data = RepositoryFiles.SampleData;
        return Cli.Run(
            "import", "ctgov", Path.Combine(data, "ctgov-2022-10"),
            "--curation", Path.Combine(data, "curation.json"),
            "--into", Path.Combine(data, "seed-article.json"),
            "--out", output);
    }
}
