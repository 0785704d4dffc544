using CsCheck;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using StemCell.Domain.Fhir.Tests.TestSupport;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests;

/// <summary>Conformance proven by the Firely R4 validator, offline, against the R4 core profiles; one validator for the class.</summary>
public sealed partial class FhirExporterTests(FhirValidatorFixture fixture) : IClassFixture<FhirValidatorFixture>
{
    private const string PhaseValueSet = "http://hl7.org/fhir/ValueSet/research-study-phase";
    private const string StatusValueSet = "http://hl7.org/fhir/ValueSet/research-study-status";

    [Fact]
    public void ToBundle_SampleDataset_EveryResourcePassesTheR4ValidatorWithNoErrorOrWarning()
    {
        var bundle = FhirExporter.ToBundle(SampleDataset.Dataset);

        Assert.Equal(SampleDataset.Dataset.Studies.Length, bundle.Entry.Count(e => e.Resource is ResearchStudy));
        Assert.Empty(fixture.Issues(bundle));
        Assert.All(bundle.Entry, entry => Assert.Empty(fixture.Issues(entry.Resource)));
    }

    [Fact]
    public void ToJson_SampleDataset_ParsedBackPassesTheR4ValidatorAsTheExplorerWritesIt()
    {
        var json = FhirExporter.ToJson(SampleDataset.Dataset);

        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);

        Assert.Empty(fixture.Issues(bundle));
    }

    [Fact]
    public void ToBundle_GeneratedDatasets_PassTheR4ValidatorWithNoErrorOrWarning()
    {
        // The validator takes about a second for its first bundle and a fraction of one for each after; 10 datasets of up to
        // four studies cover the vocabularies, statuses, identifiers and dates well, and the sample dataset test adds real ones.
        ModelGen.Dataset.Sample(
            dataset =>
            {
                var issues = fixture.Issues(FhirExporter.ToBundle(dataset));
                Assert.True(issues.Count == 0, string.Join("\n", issues));
            },
            iter: 10);
    }

    [Fact]
    public void ToBundle_StudyOfEveryStatusAndNone_PassesTheR4Validator()
    {
        var studies = StudyStatus.All.Cast<StudyStatus?>().Append(null).Select((status, i) =>
        {
            var builder = Studies.Minimal($"study-{i}").ToBuilder();
            builder.Status = status;
            return builder.Build();
        });

        Assert.Empty(fixture.Issues(FhirExporter.ToBundle(studies, sources: null)));
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void PhaseCode_IsInTheR4ResearchStudyPhaseValueSet(string phaseCode)
    {
        var phase = TrialPhase.FromCode(phaseCode);

        Assert.True(fixture.InValueSet(PhaseValueSet, FhirSystems.ResearchStudyPhase, FhirConceptMaps.ToFhirPhase(phase)));
    }

    [Fact]
    public void PhaseValueSet_RejectsDisplayTextAsACode()
    {
        // The binding is of example strength, so the validator passes "Phase 3"; the terminology service does not.
        Assert.False(fixture.InValueSet(PhaseValueSet, FhirSystems.ResearchStudyPhase, "Phase 3"));
    }

    [Fact]
    public void StatusCodes_AreAllInTheR4ResearchStudyStatusValueSet()
    {
        Assert.All(
            FhirConceptMaps.Statuses,
            row => Assert.True(fixture.InValueSet(StatusValueSet, FhirSystems.ResearchStudyStatus, row.FhirCode), row.FhirCode));
    }

    [Fact]
    public async Task DataAbsentReason_IsDefinedByTheR4Specification()
    {
        Assert.True((await fixture.Resolver.TryResolveByCanonicalUriAsync(FhirSystems.DataAbsentReasonExtension)).Success);
        Assert.True(fixture.InValueSet("http://hl7.org/fhir/ValueSet/data-absent-reason", "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown"));
    }

    [Fact]
    public void ToBundle_EnrollmentOfUnstatedActuality_PassesTheR4Validator()
    {
        var builder = Studies.Minimal("enrolled").ToBuilder();
        builder.Enrollment = 24;

        Assert.Empty(fixture.Issues(FhirExporter.ToBundle(builder.Build())));
    }

    public static TheoryData<string> Phases() => [.. TrialPhase.All.Select(p => p.Code)];
}
