using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests;

public sealed class FhirImporterTests
{
    [Fact]
    public void Import_ABundleWithTwoResearchStudiesOfOneId_IsAnErrorAtTheSecondAndKeepsTheFirst()
    {
        var bundle = FhirExporter.ToBundle(SampleDataset.Dataset.Studies[0]);
        bundle.Entry.Add(new Hl7.Fhir.Model.Bundle.EntryComponent { FullUrl = "urn:uuid:00000000-0000-4000-8000-000000000001", Resource = FhirExporter.ToBundle(SampleDataset.Dataset.Studies[0]).Entry.First(e => e.Resource is Hl7.Fhir.Model.ResearchStudy).Resource });

        var result = FhirImporter.Import(bundle, FhirImportOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"Bundle.entry[{bundle.Entry.Count - 1}].resource.id", error.Path);
        Assert.Equal([SampleDataset.Dataset.Studies[0].Id], result.Studies.Select(s => s.Id));
    }

    private const string Mcode = "mcode-converted-ResearchStudy-NCT02513394.json";
    private const string McodeWithMs = "mcode-converted-ResearchStudy-NCT02513394.condition-ms.json";
    private const string McodeBundle = "mcode-converted-searchset-Bundle-NCT02513394.json";

    [Fact]
    public void Import_ExportOfTheSampleDataset_GivesEachStudyAsFhirCarriesIt()
    {
        var result = FhirImporter.Import(FhirExporter.ToJson(SampleDataset.Dataset), FhirImportOptions.Strict);

        Assert.Empty(result.Errors);
        Assert.Equal(SampleDataset.Dataset.Studies.Select(FhirExporter.Carried), result.Studies);
    }

    [Fact]
    public void Import_Mcode_StrictlyRejectedNamingEveryProblemWhereItIs()
    {
        var result = FhirImporter.Import(TestFiles.Read(Mcode), FhirImportOptions.Strict);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Studies);
        var paths = result.Errors.Select(e => e.Path).ToList();
        Assert.Contains("ResearchStudy.identifier[0].system", paths);
        Assert.Contains("ResearchStudy.phase.coding[0].code", paths);
        Assert.Contains("ResearchStudy.condition[0]", paths);
        Assert.Contains("ResearchStudy.enrollment[0]", paths);
        Assert.Contains("ResearchStudy.arm[0].type.coding[0].system", paths);
        Assert.Contains("ResearchStudy.arm[1].type.coding[0].system", paths);
        // The contained PlanDefinitions lack their required status.
        Assert.Contains("ResearchStudy.contained[1].status", paths);
        Assert.Contains("ResearchStudy.contained[3].status", paths);
        Assert.Contains("'Phase 3' is not a research-study-phase code", result.Errors.Single(e => e.Path == "ResearchStudy.phase.coding[0].code").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Mcode_LenientlyStillFailsOnlyBecauseBreastCancerIsNotADiseaseOfTheLibrary()
    {
        var result = FhirImporter.Import(TestFiles.Read(Mcode), FhirImportOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ResearchStudy.condition[0]", error.Path);
        Assert.Contains("Breast Cancer", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Studies);
        Assert.Contains(result.Warnings, w => w.Path == "ResearchStudy.phase.coding[0].code");
        Assert.Contains(result.Warnings, w => w.Path == "ResearchStudy.identifier[0].system");
    }

    [Fact]
    public void Import_McodeWithAnMsCondition_LenientlyReadsPhase3DisplayTextAsPhase3WithAWarning()
    {
        var result = FhirImporter.Import(TestFiles.Read(McodeWithMs), FhirImportOptions.Lenient);

        Assert.Empty(result.Errors);
        var study = Assert.Single(result.Studies);
        Assert.Equal(TrialPhase.Phase3, study.Phase);
        Assert.Equal(Disease.MultipleSclerosis, study.Disease);
        Assert.Equal(StudyStatus.Recruiting, study.Status);
        Assert.Equal("0", study.Id);
        Assert.Equal(RegistryIdentifier.FromNctId("NCT02513394"), Assert.Single(study.RegistryIdentifiers));
        Assert.Equal((PartialDate.FromDate(2015, 8, 1), PartialDate.FromDate(2025, 9, 1)), (study.StartDate, study.CompletionDate));
        Assert.Equal(2, study.Interventions.Length);
        var phaseWarning = Assert.Single(result.Warnings, w => w.Path == "ResearchStudy.phase.coding[0].code");
        Assert.Contains("Read as 'phase-3'", phaseWarning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Path == "ResearchStudy.description");
    }

    [Fact]
    public void Import_McodeWithAnMsCondition_StrictlyStillRejected()
    {
        var exception = Assert.Throws<FhirImportException>(() => FhirImporter.ImportStudies(TestFiles.Read(McodeWithMs)));

        Assert.Contains(exception.Problems, p => p.Path == "ResearchStudy.phase.coding[0].code");
        Assert.DoesNotContain(exception.Problems, p => p.Path.StartsWith("ResearchStudy.condition", StringComparison.Ordinal));
        Assert.Contains("ResearchStudy.phase.coding[0].code", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_McodeSearchsetBundle_LocatesProblemsInTheirEntries()
    {
        var result = FhirImporter.Import(TestFiles.Read(McodeBundle), FhirImportOptions.Strict);

        Assert.Empty(result.Studies);
        Assert.Contains(result.Errors, e => e.Path == "Bundle.entry[3].resource.identifier[0].system");
        Assert.All(Enumerable.Range(0, 5), i => Assert.Contains(result.Errors, e => e.Path.StartsWith($"Bundle.entry[{i}].resource.condition[0]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_R4CoreExample_HasNoConditionOrTitle()
    {
        var result = FhirImporter.Import(TestFiles.Read("researchstudy-example.R4.as-displayed.json"), FhirImportOptions.Strict);

        Assert.Equal(["ResearchStudy.title", "ResearchStudy.condition"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Import_NotJson_IsAnError()
    {
        var result = FhirImporter.Import("<html>not found</html>", FhirImportOptions.Strict);

        Assert.Empty(result.Studies);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Import_APatient_IsAnError()
    {
        var result = FhirImporter.Import("""{"resourceType":"Patient","id":"p1"}""", FhirImportOptions.Lenient);

        Assert.Equal("Patient", Assert.Single(result.Errors).Path);
    }

    [Theory]
    [InlineData("active", "recruiting")]
    [InlineData("closed-to-accrual-and-intervention", "active-not-recruiting")]
    [InlineData("in-review", null)]
    [InlineData("disapproved", null)]
    public void Import_Status_ReadByTheConceptMap(string fhirCode, string? status)
    {
        var result = FhirImporter.Import(ResearchStudy(status: fhirCode), FhirImportOptions.Strict);

        Assert.Equal(status, Assert.Single(result.Studies).Status?.Code);
    }

    [Fact]
    public void Import_StatusNotInR4_StrictErrorLenientWarning()
    {
        var json = ResearchStudy(status: "recruiting");

        Assert.Contains(FhirImporter.Import(json, FhirImportOptions.Strict).Errors, e => e.Path == "ResearchStudy.status");
        var lenient = FhirImporter.Import(json, FhirImportOptions.Lenient);
        Assert.Null(Assert.Single(lenient.Studies).Status);
        Assert.Contains(lenient.Warnings, w => w.Path == "ResearchStudy.status");
    }

    [Fact]
    public void Import_DiseaseByExternalCodingOnly_IsRecognised()
    {
        var json = ResearchStudy(condition: """{"coding":[{"system":"http://purl.obolibrary.org/obo/mondo.owl","code":"MONDO:0004976"}]}""");

        Assert.Equal(Disease.AmyotrophicLateralSclerosis, Assert.Single(FhirImporter.ImportStudies(json)).Disease);
    }

    [Fact]
    public void Import_IcdCodeSharedByDiseaseAndCourses_TakesTheTermEveryCodingNames()
    {
        var json = ResearchStudy(condition: """{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"G35"},{"system":"http://snomed.info/sct","code":"426373005"}]}""");

        var study = Assert.Single(FhirImporter.ImportStudies(json));

        Assert.Equal((Disease.MultipleSclerosis, DiseaseCourse.RelapsingRemittingMs), (study.Disease, study.Courses.Single()));
    }

    [Fact]
    public void Import_ConditionOnlyAsText_StrictErrorLenientWarning()
    {
        var json = ResearchStudy(condition: """{"text":"Amyotrophic lateral sclerosis"}""");

        Assert.Contains(FhirImporter.Import(json, FhirImportOptions.Strict).Errors, e => e.Path == "ResearchStudy.condition[0]");
        var lenient = FhirImporter.Import(json, FhirImportOptions.Lenient);
        Assert.Equal(Disease.AmyotrophicLateralSclerosis, Assert.Single(lenient.Studies).Disease);
    }

    [Fact]
    public void Import_InvalidNctId_LocatedAtTheValue()
    {
        var json = ResearchStudy(identifier: """{"system":"https://clinicaltrials.gov/nctid","value":"NCT123"}""");

        Assert.Equal("ResearchStudy.identifier[0].value", Assert.Single(FhirImporter.Import(json, FhirImportOptions.Lenient).Errors).Path);
    }

    [Fact]
    public void Import_CompletionBeforeStart_IsAnError()
    {
        var json = ResearchStudy(period: """{"start":"2024","end":"2020"}""");

        Assert.Single(FhirImporter.Import(json, FhirImportOptions.Strict).Errors);
    }

    [Fact]
    public void Import_IdNotASlug_StrictErrorLenientIdFromTheRegistryId()
    {
        var json = ResearchStudy(identifier: """{"system":"https://clinicaltrials.gov/nctid","value":"NCT01234567"}""").Replace("\"als-study\"", "\"ALS_Study\"", StringComparison.Ordinal);

        Assert.Contains(FhirImporter.Import(json, FhirImportOptions.Strict).Errors, e => e.Path == "ResearchStudy.id");
        Assert.Equal("nct01234567", Assert.Single(FhirImporter.Import(json, FhirImportOptions.Lenient).Studies).Id);
    }

    [Fact]
    public void Import_BundleWithOneStructurallyBrokenStudy_ReadsTheOtherOnly()
    {
        var broken = ResearchStudy().Replace("\"title\": \"A study in ALS\",", "\"title\": \"A study in ALS\", \"arm\": [{ \"description\": \"no name\" }],", StringComparison.Ordinal)
            .Replace("als-study", "broken-study", StringComparison.Ordinal);
        var json = $$"""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{{broken}}},{"resource":{{ResearchStudy()}}}]}""";

        var result = FhirImporter.Import(json, FhirImportOptions.Strict);

        Assert.Equal("als-study", Assert.Single(result.Studies).Id);
        Assert.Equal("Bundle.entry[0].resource.arm[0].name", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void ImportStudies_Valid_ReturnsStudies()
    {
        Assert.Equal("als-study", Assert.Single(FhirImporter.ImportStudies(ResearchStudy())).Id);
    }

    private static string ResearchStudy(
        string status = "completed",
        string condition = """{"coding":[{"system":"http://snomed.info/sct","code":"86044005"}]}""",
        string? identifier = null,
        string? period = null) =>
        $$"""
        {
          "resourceType": "ResearchStudy",
          "id": "als-study",
          "title": "A study in ALS",
          "status": "{{status}}",
          {{(identifier is null ? "" : $"\"identifier\": [{identifier}],")}}
          {{(period is null ? "" : $"\"period\": {period},")}}
          "condition": [{{condition}}]
        }
        """;
}
