using System.Text.Json;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// <c>export --format fhir</c> and <c>import fhir</c>: the sample dataset out as a FHIR R4 bundle and back in as a dataset
/// document, and converter output rejected strictly or read leniently with every problem at its FHIRPath location.
/// </summary>
public partial class ExplorerAppTests
{
    private static readonly string McodeStudy = RepositoryFiles.TestData(Path.Combine("fhir", "mcode-converted-ResearchStudy-NCT02513394.json"));
    private static readonly string McodeStudyOfMs = RepositoryFiles.TestData(Path.Combine("fhir", "mcode-converted-ResearchStudy-NCT02513394.condition-ms.json"));

    [Fact]
    public void ExportFhir_ToAFile_WritesABundleThatImportFhirReadsBack()
    {
        using var directory = new TempDirectory();
        var bundle = directory.File("bundle.json");

        var export = Cli.Run("export", "--format", "fhir", "--out", bundle);
        var import = Cli.Run("import", "fhir", bundle);

        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal([$"Wrote the sample dataset as a FHIR R4 bundle (3 studies) to {bundle}."], export.ErrorLines);
        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Equal($"Read 3 studies from {bundle} (0 errors, 3 warnings).", import.ErrorLines[^1]);
        using var dataset = JsonDocument.Parse(import.Output);
        Assert.Equal(
            ["cambridge-msc-rrms-2023", "cleveland-clinic-ahsct-spms-2023", "johns-hopkins-nsc-als-2023"],
            dataset.RootElement.GetProperty("studies").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void ExportFhir_WithoutOut_WritesOnlyTheBundleToStandardOutput()
    {
        var result = Cli.Run("export", "--format", "fhir").Succeeded();

        using var bundle = JsonDocument.Parse(result.Output);
        Assert.Equal(("Bundle", "collection"), (bundle.RootElement.GetProperty("resourceType").GetString(), bundle.RootElement.GetProperty("type").GetString()));
        Assert.Equal(3, bundle.RootElement.GetProperty("entry").EnumerateArray().Count(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "ResearchStudy"));
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
        Assert.Equal($"Wrote the dataset to {dataset}.", result.ErrorLines[^1]);
        using var document = JsonDocument.Parse(File.ReadAllBytes(dataset));
        var study = document.RootElement.GetProperty("studies").EnumerateArray().Single();
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
