using System.Text.Json;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class TrialPhaseTests : VocabularyContractTests<TrialPhase>
{
    /// <summary>The cross-walk of domain-reference.md section 3d: library code, ClinicalTrials.gov v2 phases, FHIR code, NCIt code.</summary>
    public static TheoryData<string, string[], string, string?> CrossWalk => new()
    {
        { "early-phase-1", ["EARLY_PHASE1"], "early-phase-1", "C54721" },
        { "phase-1", ["PHASE1"], "phase-1", "C15600" },
        { "phase-1-phase-2", ["PHASE1", "PHASE2"], "phase-1-phase-2", "C15693" },
        { "phase-2", ["PHASE2"], "phase-2", "C15601" },
        { "phase-2-phase-3", ["PHASE2", "PHASE3"], "phase-2-phase-3", "C15694" },
        { "phase-3", ["PHASE3"], "phase-3", "C15602" },
        { "phase-4", ["PHASE4"], "phase-4", "C15603" },
        { "not-applicable", ["NA"], "n-a", null },
    };

    [Fact]
    public void CrossWalk_CoversEveryPhase()
    {
        Assert.Equal(TrialPhase.All.Select(p => p.Code).Order(), CrossWalk.Select(row => (string)row[0]).Order());
    }

    // ---- ClinicalTrials.gov ----

    [Fact]
    public void FromCtGovPhases_Phase1AndPhase2_IsPhase1Phase2AndBack()
    {
        Assert.Same(TrialPhase.Phase1Phase2, TrialPhase.FromCtGovPhases(["PHASE1", "PHASE2"]));
        Assert.Equal(["PHASE1", "PHASE2"], TrialPhase.Phase1Phase2.CtGovPhases.AsEnumerable());
    }

    [Theory]
    [MemberData(nameof(CrossWalk))]
    public void FromCtGovPhases_CrossWalk_MapsToThePhaseAndBack(string code, string[] ctGov, string fhir, string? nci)
    {
        _ = (fhir, nci);
        var phase = TrialPhase.FromCode(code);

        Assert.Same(phase, TrialPhase.FromCtGovPhases(ctGov));
        Assert.Equal(ctGov, phase.CtGovPhases);
        Assert.True(TrialPhase.TryFromCtGovPhases(ctGov, out var found));
        Assert.Same(phase, found);
    }

    [Theory]
    [InlineData("PHASE2", "PHASE1")]
    [InlineData("phase1", "Phase2")]
    public void FromCtGovPhases_CombinedPhaseInAnyOrderOrCase_IsTheCombinedPhase(string first, string second)
    {
        Assert.Same(TrialPhase.Phase1Phase2, TrialPhase.FromCtGovPhases([first, second]));
    }

    public static TheoryData<string[]> NotCtGovPhaseLists => new()
    {
        Array.Empty<string>(),
        new[] { "PHASE1", "PHASE3" },
        new[] { "PHASE1", "PHASE1" },
        new[] { "PHASE3", "PHASE4" },
        new[] { "NA", "PHASE1" },
        new[] { "PHASE1", "PHASE2", "PHASE3" },
        new[] { "PHASE1_PHASE2" },
        new[] { "PHASE5" },
    };

    [Theory]
    [MemberData(nameof(NotCtGovPhaseLists))]
    public void FromCtGovPhases_NotAPhaseClinicalTrialsGovCanExpress_Throws(string[] phases)
    {
        var exception = Assert.Throws<ArgumentException>("phases", () => TrialPhase.FromCtGovPhases(phases));

        Assert.Contains("ClinicalTrials.gov", exception.Message, StringComparison.Ordinal);
        Assert.False(TrialPhase.TryFromCtGovPhases(phases, out var phase));
        Assert.Null(phase);
    }

    [Fact]
    public void FromCtGovPhases_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("phases", () => TrialPhase.FromCtGovPhases(null!));
        Assert.False(TrialPhase.TryFromCtGovPhases(null, out _));
    }

    // ---- FHIR ----

    [Fact]
    public void FromFhirCode_Phase2Phase3_IsPhase2Phase3AndBack()
    {
        Assert.Same(TrialPhase.Phase2Phase3, TrialPhase.FromFhirCode("phase-2-phase-3"));
        Assert.Equal("phase-2-phase-3", TrialPhase.Phase2Phase3.FhirCode);
    }

    [Fact]
    public void FromFhirCode_EveryCodeOfTheFhirCodeSystem_MapsToAPhaseAndBack()
    {
        using var codeSystem = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.TestData("codesystem-research-study-phase.json")));
        var system = codeSystem.RootElement.GetProperty("url").GetString();
        var concepts = codeSystem.RootElement.GetProperty("concept").EnumerateArray()
            .Select(c => (Code: c.GetProperty("code").GetString()!, Display: c.GetProperty("display").GetString()!))
            .ToList();

        Assert.Equal(8, concepts.Count);
        Assert.Equal(CodeSystem.FhirResearchStudyPhase.Uri, system);
        foreach (var (code, display) in concepts)
        {
            var phase = TrialPhase.FromFhirCode(code);
            Assert.Equal(code, phase.FhirCode);
            var coding = Assert.Single(phase.Codings, c => c.System == CodeSystem.FhirResearchStudyPhase);
            Assert.Equal(code, coding.Code);
            Assert.Equal(display, coding.Display);
        }

        Assert.Equal(TrialPhase.All.Select(p => p.FhirCode).Order(), concepts.Select(c => c.Code).Order());
    }

    [Theory]
    [MemberData(nameof(CrossWalk))]
    public void FromFhirCode_CrossWalk_MapsToThePhase(string code, string[] ctGov, string fhir, string? nci)
    {
        _ = (ctGov, nci);
        Assert.Same(TrialPhase.FromCode(code), TrialPhase.FromFhirCode(fhir));
    }

    [Theory]
    [InlineData("Phase-1")]
    [InlineData("phase-1/2")]
    [InlineData("PHASE1")]
    [InlineData("")]
    public void FromFhirCode_NotACodeOfTheFhirCodeSystem_Throws(string code)
    {
        // FHIR codes are case-sensitive, and the library's synonyms are not FHIR codes.
        var exception = Assert.Throws<ArgumentException>("fhirCode", () => TrialPhase.FromFhirCode(code));

        Assert.Contains("phase-2-phase-3", exception.Message, StringComparison.Ordinal);
        Assert.False(TrialPhase.TryFromFhirCode(code, out _));
    }

    [Fact]
    public void FromFhirCode_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("fhirCode", () => TrialPhase.FromFhirCode(null!));
        Assert.False(TrialPhase.TryFromFhirCode(null, out _));
    }

    // ---- NCI Thesaurus ----

    [Theory]
    [MemberData(nameof(CrossWalk))]
    public void Codings_CarryTheNciThesaurusCodeOfTheM11ValueSet(string code, string[] ctGov, string fhir, string? nci)
    {
        _ = (ctGov, fhir);
        var nciCodings = TrialPhase.FromCode(code).Codings.Where(c => c.System == CodeSystem.NciThesaurus).ToList();

        if (nci is null)
        {
            // C48660 for "not applicable" is unverified in the reference, so no NCIt code ships.
            Assert.Empty(nciCodings);
        }
        else
        {
            var coding = Assert.Single(nciCodings);
            Assert.Equal(nci, coding.Code);
            Assert.Same(CodingConfidence.Verified, coding.Confidence);
        }
    }

    // ---- Ordering ----

    [Fact]
    public void CompareTo_OrdersPhasesClinicallyWithNotApplicableFirst()
    {
        var shuffled = TrialPhase.All.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["not-applicable", "early-phase-1", "phase-1", "phase-1-phase-2", "phase-2", "phase-2-phase-3", "phase-3", "phase-4"],
            shuffled.Order().Select(p => p.Code));
        Assert.Equal(0, TrialPhase.NotApplicable.Value);
        Assert.True(TrialPhase.Phase1 < TrialPhase.Phase1Phase2 && TrialPhase.Phase1Phase2 < TrialPhase.Phase2);
        Assert.True(TrialPhase.Phase2Phase3 < TrialPhase.Phase3);
        Assert.True(TrialPhase.EarlyPhase1 < TrialPhase.Phase1);
    }

    [Fact]
    public void IsPhased_IsFalseOnlyForNotApplicable()
    {
        Assert.Equal(["not-applicable"], TrialPhase.All.Where(p => !p.IsPhased).Select(p => p.Code));
    }

    [Theory]
    [InlineData("phase 0", "early-phase-1")]
    [InlineData("phase I/II", "phase-1-phase-2")]
    [InlineData("phase 2/3", "phase-2-phase-3")]
    [InlineData("N/A", "not-applicable")]
    public void FromCode_CommonSpelling_FindsThePhase(string spelling, string code)
    {
        Assert.Same(TrialPhase.FromCode(code), TrialPhase.FromCode(spelling));
    }

    [Fact]
    public void Export_WritesCtGovPhasesFhirCodeAndIsPhased()
    {
        foreach (var phase in TrialPhase.All)
        {
            var attributes = ExportedVocabulary.Term("trial-phase", phase.Code).GetProperty("attributes");

            Assert.Equal(phase.CtGovPhases, attributes.GetProperty("ctGovPhases").EnumerateArray().Select(p => p.GetString()!));
            Assert.Equal(phase.FhirCode, attributes.GetProperty("fhirCode").GetString());
            Assert.Equal(phase.IsPhased, attributes.GetProperty("isPhased").GetBoolean());
        }
    }
}
