using System.Text.Json;
using StemCell.Domain;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// <c>export --format fhir</c> and <c>import fhir</c>: the sample dataset out as a FHIR R4 bundle and back in as studies or, with its sources, a dataset
/// document, and converter output rejected strictly or read leniently with every problem at its FHIRPath location.
/// </summary>
public partial class ExplorerAppTests
{
    private static readonly string McodeStudy = RepositoryFiles.TestData(Path.Combine("fhir", "mcode-converted-ResearchStudy-NCT02513394.json"));
    private static readonly string McodeStudyOfMs = RepositoryFiles.TestData(Path.Combine("fhir", "mcode-converted-ResearchStudy-NCT02513394.condition-ms.json"));

    [Fact]
    public void ExportFhir_ToAFile_WritesABundleThatImportFhirWithTheSourcesReadsBackIntoAValidDataset()
    {
        using var directory = new TempDirectory();
        var bundle = directory.File("bundle.json");
        var sample = directory.Write("sample.json", Cli.Run("export").Succeeded().Output);
        var dataset = directory.File("dataset.json");
        var studies = SampleDataset.Dataset.Studies;

        var export = Cli.Run("export", "--format", "fhir", "--out", bundle);
        var import = Cli.Run("import", "fhir", bundle, "--sources", sample, "--out", dataset);

        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal([$"Wrote the sample dataset as a FHIR R4 bundle ({studies.Length} studies) to {bundle}."], export.ErrorLines);
        Assert.Equal(ExitCodes.Success, import.ExitCode);
        // R4 has no status for a study whose status is not stated, unknown or an expanded-access one: each is read back without one, with a warning.
        var unstatedOrUnmatched = studies.Count(s => Domain.Fhir.FhirConceptMaps.ForStatus(s.Status).Equivalence == Domain.Fhir.FhirConceptEquivalence.Unmatched);
        Assert.Equal($"Read {studies.Length} studies from {bundle} (0 errors, {unstatedOrUnmatched} warnings).", import.ErrorLines[^2]);
        Assert.Equal($"{dataset}: valid dataset ({SampleDataset.Dataset.Sources.Length} sources, {studies.Length} studies)\n", Cli.Run("validate", dataset).Succeeded().Output);
        using var document = JsonDocument.Parse(File.ReadAllBytes(dataset));
        Assert.Equal(studies.Select(s => s.Id), document.RootElement.GetProperty("studies").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void ImportFhir_WithoutSources_WritesTheStudiesAsAnArray()
    {
        using var directory = new TempDirectory();
        var bundle = directory.File("bundle.json");
        Assert.Equal(ExitCodes.Success, Cli.Run("export", "--format", "fhir", "--out", bundle).ExitCode);

        var result = Cli.Run("import", "fhir", bundle);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(SampleDataset.Dataset.Studies.Select(s => s.Id), document.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void ImportFhir_SourcesThatLackACitedSource_Exits1NamingIt()
    {
        using var directory = new TempDirectory();
        var bundle = directory.File("bundle.json");
        Assert.Equal(ExitCodes.Success, Cli.Run("export", "--format", "fhir", "--out", bundle).ExitCode);
        var empty = RepositoryFiles.TestData("empty-dataset.json");

        var result = Cli.Run("import", "fhir", bundle, "--sources", empty);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{empty}: has no source 'ctgov-nct03280056-2022-10-06', which a study of {bundle} cites.", result.ErrorLines);
    }

    [Fact]
    public void ExportFhir_WithoutOut_WritesOnlyTheBundleToStandardOutput()
    {
        var result = Cli.Run("export", "--format", "fhir").Succeeded();

        using var bundle = JsonDocument.Parse(result.Output);
        Assert.Equal(("Bundle", "collection"), (bundle.RootElement.GetProperty("resourceType").GetString(), bundle.RootElement.GetProperty("type").GetString()));
        Assert.Equal(
            SampleDataset.Dataset.Studies.Length,
            bundle.RootElement.GetProperty("entry").EnumerateArray().Count(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "ResearchStudy"));
    }

    [Fact]
    public void Export_FormatJson_IsTheDatasetDocumentAsBefore()
    {
        Assert.Equal(Cli.Run("export").Succeeded().Output, Cli.Run("export", "--format", "json").Succeeded().Output);
    }

    [Fact]
    public void Export_UnknownFormat_IsAUsageError()
    {
        Assert.Equal(ExitCodes.UsageError, Cli.Run("export", "--format", "xml").ExitCode);
    }

    [Fact]
    public void ImportFhir_ConvertedRecord_StrictlyExits1NamingEachProblemWhereItIs()
    {
        var result = Cli.Run("import", "fhir", McodeStudy);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{McodeStudy}: error: ResearchStudy.phase.coding[0].code: 'Phase 3' is not a research-study-phase code; it is the display text of 'phase-3'.", result.ErrorLines);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{McodeStudy}: error: ResearchStudy.identifier[0].system:", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"{McodeStudy}: error: ResearchStudy.condition[0]:", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportFhir_ConvertedRecordLeniently_StillExits1BecauseBreastCancerIsNoDiseaseOfTheLibrary()
    {
        var result = Cli.Run("import", "fhir", McodeStudy, "--lenient");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Single(result.ErrorLines, line => line.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains($"{McodeStudy}: warning: ResearchStudy.phase.coding[0].code: 'Phase 3' is not a research-study-phase code; it is the display text of 'phase-3'. Read as 'phase-3'.", result.ErrorLines);
    }

    [Fact]
    public void ImportFhir_ConvertedRecordOfMsLeniently_WritesTheStudyWithPhase3()
    {
        using var directory = new TempDirectory();
        var dataset = directory.File("dataset.json");

        var result = Cli.Run("import", "fhir", McodeStudyOfMs, "--lenient", "--out", dataset);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote the studies to {dataset}.", result.ErrorLines[^1]);
        using var document = JsonDocument.Parse(File.ReadAllBytes(dataset));
        var study = document.RootElement.EnumerateArray().Single();
        Assert.Equal(("phase-3", "multiple-sclerosis"), (study.GetProperty("phase").GetString(), study.GetProperty("disease").GetString()));
    }

    [Fact]
    public void ImportFhir_NoSuchFile_Exits1()
    {
        var result = Cli.Run("import", "fhir", "no-such-file.json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("no-such-file.json: cannot read the file", result.Error, StringComparison.Ordinal);
    }
}
