using System.Text.Json;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests;

public sealed class FhirConceptMapsTests
{
    [Fact]
    public void Statuses_OneRowForEveryTermAndOneForNoStatus()
    {
        Assert.Equal([.. StudyStatus.All, null], FhirConceptMaps.Statuses.Select(row => row.Status));
    }

    [Fact]
    public void Statuses_CodesAreThoseOfTheR4CodeSystem()
    {
        var codes = Codes("codesystem-research-study-status.json");

        Assert.All(FhirConceptMaps.Statuses, row => Assert.Contains(row.FhirCode, codes));
        Assert.Equal(codes.Order(StringComparer.Ordinal), FhirConceptMaps.StatusesByFhirCode.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Statuses_EquivalentRowsComeBackOnImportAndUnmatchedOnesComeBackAsNone()
    {
        Assert.All(FhirConceptMaps.Statuses, row =>
        {
            var imported = FhirConceptMaps.StatusesByFhirCode[row.FhirCode];
            switch (row.Equivalence)
            {
                case FhirConceptEquivalence.Equivalent:
                    Assert.Equal(row.Status, imported);
                    break;
                case FhirConceptEquivalence.Unmatched:
                    Assert.Null(imported);
                    break;
                default:
                    Assert.NotNull(imported);
                    Assert.NotEqual(row.Status, imported);
                    break;
            }
        });
    }

    [Fact]
    public void Statuses_CoreCodingsAgreeWithTheMap()
    {
        Assert.All(StudyStatus.All, status =>
        {
            var coding = status.Codings.SingleOrDefault(c => c.System == CodeSystem.FhirResearchStudyStatus);
            if (coding is not null)
            {
                Assert.Equal(coding.Code, FhirConceptMaps.ForStatus(status).FhirCode);
            }
        });
    }

    [Fact]
    public void Phases_EveryPhaseHasACodeOfTheR4CodeSystemAndBack()
    {
        var codes = Codes("codesystem-research-study-phase.json");

        Assert.All(TrialPhase.All, phase =>
        {
            Assert.Contains(FhirConceptMaps.ToFhirPhase(phase), codes);
            Assert.True(FhirConceptMaps.TryFromFhirPhase(FhirConceptMaps.ToFhirPhase(phase), out var back));
            Assert.Equal(phase, back);
        });
        Assert.Equal(codes.Count, TrialPhase.All.Length);
    }

    [Theory]
    [InlineData("Phase 3", "phase-3")]
    [InlineData("phase III", "phase-3")]
    [InlineData("Phase 1/Phase 2", "phase-1-phase-2")]
    [InlineData("N/A", "not-applicable")]
    public void TryFromPhaseText_DisplayTextOrSynonym_FindsThePhase(string text, string phase)
    {
        Assert.True(FhirConceptMaps.TryFromPhaseText(text, out var found));
        Assert.Equal(phase, found.Code);
    }

    [Theory]
    [InlineData("Phase 5")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromPhaseText_NotAPhase_False(string? text)
    {
        Assert.False(FhirConceptMaps.TryFromPhaseText(text, out _));
    }

    private static List<string> Codes(string file)
    {
        using var document = JsonDocument.Parse(TestFiles.Read(file));
        return [.. document.RootElement.GetProperty("concept").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];
    }
}
