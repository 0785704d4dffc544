using System.Globalization;
using System.Text.Json;
using StemCell.Domain;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// What the Explorer writes for a program or about a mistake, over every test dataset: <c>studies --format json|csv</c>
/// writes exactly the data, whatever the titles hold (commas, quotes, registered trademarks), and it reads back to the
/// studies listed; <c>study</c> with an unknown id says what the user likely meant without listing forty ids.
/// </summary>
public partial class ExplorerAppTests
{
    public static TheoryData<string> EveryDataset => [.. Datasets.Names];

    [Theory]
    [MemberData(nameof(EveryDataset))]
    public void Studies_FormatJson_ReadsBackToEveryStudy(string datasetName)
    {
        var dataset = Datasets.Named(datasetName);

        var result = Cli.RunOver(dataset, OutputStyle.Auto, width: null, "studies", "--format", "json").Succeeded();

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(
            dataset.Studies,
            document.RootElement.EnumerateArray().Select(study => study.Deserialize(StemCellJson.StudyTypeInfo)!));
    }

    [Theory]
    [MemberData(nameof(EveryDataset))]
    public void Studies_FormatCsv_ReadsBackToARecordPerStudy(string datasetName)
    {
        var studies = Datasets.Named(datasetName).Studies;

        var result = Cli.RunOver(Datasets.Named(datasetName), OutputStyle.Auto, width: null, "studies", "--format", "csv").Succeeded();

        var records = Csv.Parse(result.Output);
        Assert.Equal("id", records[0][0]);
        Assert.Equal(studies.Length, records.Count - 1);
        Assert.All(studies.Zip(records.Skip(1)), pair =>
        {
            var (study, record) = pair;
            Assert.Equal(records[0].Count, record.Count);
            Assert.Equal([study.Id, study.Title, study.Disease.Code, study.Phase?.Code ?? string.Empty, study.Status?.Code ?? string.Empty], [record[0], record[1], record[2], record[6], record[7]]);
            Assert.Equal(study.StartDate?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty, record[8]);
            Assert.Equal(study.RegistryIdentifiers.Select(r => r.Value), record[10].Split('|', StringSplitOptions.RemoveEmptyEntries));
        });
    }

    [Fact]
    public void Studies_FormatCsv_QuotesTheRegistryTitlesThatNeedIt()
    {
        var result = Cli.RunOver(SampleDataset.Dataset, OutputStyle.Auto, width: null, "studies", "--format", "csv").Succeeded();

        // The snapshots' titles have commas in them ("Safety, Tolerability, and ..."), so some fields must be quoted; the
        // read-back above checks they are quoted right.
        Assert.Contains(SampleDataset.Dataset.Studies, study => study.Title.Contains(',', StringComparison.Ordinal));
        Assert.Contains(",\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ManySourcesOfAKind_AreCountedNotListed()
    {
        var dataset = SampleDataset.Dataset;
        var records = dataset.Sources.Count(s => s.EvidenceKind == EvidenceKind.RegistryRecord);

        var result = Cli.RunOver(dataset, OutputStyle.Plain, width: null, "summary").Succeeded();

        Assert.True(records > 3, $"{records} registry records");
        Assert.Contains($"Sources:  {records} registry records from ClinicalTrials.gov\n", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(result.OutputLines, line => line.StartsWith("Source:", StringComparison.Ordinal) && line.EndsWith("a registry record", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryDataset))]
    public void Study_ARegistryIdOrAnIdInAnotherCase_IsAUsageErrorNamingTheStudyMeant(string datasetName)
    {
        var dataset = Datasets.Named(datasetName);
        var study = dataset.Studies.FirstOrDefault(s => !s.RegistryIdentifiers.IsEmpty) ?? dataset.Studies[0];
        var typed = study.RegistryIdentifiers.IsEmpty ? study.Id.ToUpperInvariant() : study.RegistryIdentifiers[0].Value;
        Assert.NotEqual(study.Id, typed);

        var result = Cli.RunOver(dataset, OutputStyle.Auto, width: null, "study", typed).Failed(ExitCodes.UsageError);

        Assert.Contains($"no study with the id '{typed}'.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{study.Id}'?", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryDataset))]
    public void Study_UnknownId_ListsTheIdsOnlyWhenTheyAreFew(string datasetName)
    {
        var dataset = Datasets.Named(datasetName);

        var result = Cli.RunOver(dataset, OutputStyle.Auto, width: null, "study", "no-such-study").Failed(ExitCodes.UsageError);

        var listed = dataset.Studies.Count(s => result.Error.Contains(s.Id, StringComparison.Ordinal));
        Assert.Equal(dataset.Studies.Length <= 10 ? dataset.Studies.Length : 0, listed);
        Assert.DoesNotContain("Did you mean", result.Error, StringComparison.Ordinal);
        if (listed == 0)
        {
            Assert.Contains($"'studies' lists its {dataset.Studies.Length} studies.", result.Error, StringComparison.Ordinal);
        }
    }
}
