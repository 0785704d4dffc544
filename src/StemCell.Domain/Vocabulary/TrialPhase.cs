using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The phase of a clinical trial, mapped to ClinicalTrials.gov, FHIR and the NCI Thesaurus.</summary>
/// <remarks>
/// <para>
/// Phases are ordered by <see cref="IVocabularyTerm.Value"/> (early phase 1 &lt; phase 1 &lt; phase 1/2 &lt; …
/// &lt; phase 4), never by name, so <c>&lt;</c> and <c>&gt;=</c> compare them as a clinician would.
/// <see cref="NotApplicable"/> has value 0 so it sorts before every phase; <see cref="IsPhased"/> tells it apart.
/// </para>
/// <para>
/// ClinicalTrials.gov API v2 has no combined-phase value: a phase 1/2 trial is the array
/// <c>["PHASE1","PHASE2"]</c>. <see cref="CtGovPhases"/> and <see cref="FromCtGovPhases"/> map both ways.
/// FHIR's <c>research-study-phase</c> and the NCI Thesaurus have single codes for combined phases. No NCIt code
/// for "not applicable" was verified, so that term has none.
/// </para>
/// </remarks>
[JsonConverter(typeof(Serialization.TrialPhaseJsonConverter))]
public sealed class TrialPhase : VocabularyTerm<TrialPhase>, IVocabulary<TrialPhase>
{
    /// <summary>Not applicable: a trial without phases, such as one of a device or a behavioural intervention.</summary>
    public static readonly TrialPhase NotApplicable = new(
        "not-applicable", 0, "Not applicable",
        "The trial has no phase, as for trials of devices or behavioural interventions.",
        ["NA"], "n-a", "N/A", nciCode: null, displayNci: null,
        ["N/A", "n-a", "no phase"]);

    /// <summary>Early phase 1, formerly called phase 0.</summary>
    public static readonly TrialPhase EarlyPhase1 = new(
        "early-phase-1", 1, "Early phase 1",
        "An exploratory first-in-human trial with very small doses in very few people, formerly called phase 0.",
        ["EARLY_PHASE1"], "early-phase-1", "Early Phase 1", "C54721", "Early Phase 1 Trial",
        ["phase 0", "phase-0", "EARLY_PHASE1"]);

    /// <summary>Phase 1.</summary>
    public static readonly TrialPhase Phase1 = new(
        "phase-1", 2, "Phase 1",
        "A first trial in a small group of people to assess safety, dosing and side effects.",
        ["PHASE1"], "phase-1", "Phase 1", "C15600", "Phase I Trial",
        ["phase I", "PHASE1"]);

    /// <summary>Phase 1/2, a combined trial.</summary>
    public static readonly TrialPhase Phase1Phase2 = new(
        "phase-1-phase-2", 3, "Phase 1/2",
        "A combined trial that assesses safety (phase 1) and then preliminary efficacy (phase 2) in one protocol.",
        ["PHASE1", "PHASE2"], "phase-1-phase-2", "Phase 1/Phase 2", "C15693", "Phase I/II Trial",
        ["phase 1/2", "phase I/II", "phase 1/phase 2"]);

    /// <summary>Phase 2.</summary>
    public static readonly TrialPhase Phase2 = new(
        "phase-2", 4, "Phase 2",
        "A trial in a larger group of patients to assess efficacy and further evaluate safety.",
        ["PHASE2"], "phase-2", "Phase 2", "C15601", "Phase 2",
        ["phase II", "PHASE2"]);

    /// <summary>Phase 2/3, a combined trial.</summary>
    public static readonly TrialPhase Phase2Phase3 = new(
        "phase-2-phase-3", 5, "Phase 2/3",
        "A combined trial that moves from efficacy assessment (phase 2) to confirmation in a larger population (phase 3) in one protocol.",
        ["PHASE2", "PHASE3"], "phase-2-phase-3", "Phase 2/Phase 3", "C15694", "Phase 2/Phase 3",
        ["phase 2/3", "phase II/III", "phase 2/phase 3"]);

    /// <summary>Phase 3.</summary>
    public static readonly TrialPhase Phase3 = new(
        "phase-3", 6, "Phase 3",
        "A large trial that confirms efficacy, monitors side effects and compares the intervention with standard treatment.",
        ["PHASE3"], "phase-3", "Phase 3", "C15602", "Phase 3",
        ["phase III", "PHASE3"]);

    /// <summary>Phase 4, after approval.</summary>
    public static readonly TrialPhase Phase4 = new(
        "phase-4", 7, "Phase 4",
        "A study after the intervention is approved, to monitor its effects in wide use over the longer term.",
        ["PHASE4"], "phase-4", "Phase 4", "C15603", "Phase 4",
        ["phase IV", "PHASE4"]);

    private TrialPhase(
        string code,
        int value,
        string displayName,
        string definition,
        ImmutableArray<string> ctGovPhases,
        string fhirCode,
        string fhirDisplay,
        string? nciCode,
        string? displayNci,
        IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms, CreateCodings(fhirCode, fhirDisplay, nciCode, displayNci))
    {
        CtGovPhases = ctGovPhases;
        FhirCode = fhirCode;
    }

    /// <inheritdoc />
    public static ImmutableArray<TrialPhase> All { get; } =
        [NotApplicable, EarlyPhase1, Phase1, Phase1Phase2, Phase2, Phase2Phase3, Phase3, Phase4];

    /// <inheritdoc />
    public static string VocabularyName => "trial-phase";

    /// <summary>Gets the phase's values in ClinicalTrials.gov API v2 <c>designModule.phases</c>.</summary>
    /// <value>One value, or two for a combined phase (<c>["PHASE1","PHASE2"]</c>).</value>
    public ImmutableArray<string> CtGovPhases { get; }

    /// <summary>Gets the phase's FHIR <c>research-study-phase</c> code.</summary>
    /// <value>A code such as <c>phase-1-phase-2</c> or <c>n-a</c>.</value>
    public string FhirCode { get; }

    /// <summary>Gets a value indicating whether the term is a real phase rather than <see cref="NotApplicable"/>.</summary>
    /// <value><see langword="false"/> only for <see cref="NotApplicable"/>.</value>
    public bool IsPhased => Value != NotApplicable.Value;

    /// <summary>Finds the phase that a ClinicalTrials.gov API v2 <c>phases</c> array describes.</summary>
    /// <param name="phases">The array's values in any order, such as <c>["PHASE2","PHASE1"]</c>; case is ignored.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phases"/> is null.</exception>
    /// <exception cref="ArgumentException">The values are not a phase ClinicalTrials.gov can express.</exception>
    public static TrialPhase FromCtGovPhases(IEnumerable<string> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var values = phases.ToArray();
        return TryFromCtGovPhases(values, out var phase)
            ? phase
            : throw new ArgumentException(
                $"[{string.Join(", ", values)}] is not a ClinicalTrials.gov phase list. Expected one of NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4, or two adjacent phases such as [PHASE1, PHASE2].",
                nameof(phases));
    }

    /// <summary>Tries to find the phase that a ClinicalTrials.gov API v2 <c>phases</c> array describes.</summary>
    /// <param name="phases">The array's values in any order; case is ignored.</param>
    /// <param name="phase">The phase, or null.</param>
    /// <returns><see langword="true"/> when the values describe a phase.</returns>
    public static bool TryFromCtGovPhases(IEnumerable<string>? phases, [NotNullWhen(true)] out TrialPhase? phase)
    {
        phase = null;
        if (phases is null)
        {
            return false;
        }

        var values = phases.ToArray();
        foreach (var candidate in All)
        {
            if (candidate.CtGovPhases.Length == values.Length
                && candidate.CtGovPhases.All(expected => values.Contains(expected, StringComparer.OrdinalIgnoreCase)))
            {
                phase = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the phase with the given FHIR <c>research-study-phase</c> code.</summary>
    /// <param name="fhirCode">A code such as <c>phase-2-phase-3</c>; FHIR codes are case-sensitive.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fhirCode"/> is null.</exception>
    /// <exception cref="ArgumentException">No phase has that FHIR code.</exception>
    public static TrialPhase FromFhirCode(string fhirCode)
    {
        ArgumentNullException.ThrowIfNull(fhirCode);
        return TryFromFhirCode(fhirCode, out var phase)
            ? phase
            : throw new ArgumentException(
                $"'{fhirCode}' is not a FHIR research-study-phase code. Expected one of: {string.Join(", ", All.Select(p => p.FhirCode))}.",
                nameof(fhirCode));
    }

    /// <summary>Tries to find the phase with the given FHIR <c>research-study-phase</c> code.</summary>
    /// <param name="fhirCode">The code; null finds nothing.</param>
    /// <param name="phase">The phase, or null.</param>
    /// <returns><see langword="true"/> when a phase has that code.</returns>
    public static bool TryFromFhirCode([NotNullWhen(true)] string? fhirCode, [NotNullWhen(true)] out TrialPhase? phase)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.FhirCode, fhirCode, StringComparison.Ordinal))
            {
                phase = candidate;
                return true;
            }
        }

        phase = null;
        return false;
    }

    private static ImmutableArray<Coding> CreateCodings(string fhirCode, string fhirDisplay, string? nciCode, string? nciDisplay)
    {
        var fhir = new Coding(CodeSystem.FhirResearchStudyPhase, fhirCode, fhirDisplay, CodingConfidence.Verified, CodingSources.FhirResearchStudyPhaseR4);
        return nciCode is null
            ? [fhir]
            : [fhir, new Coding(CodeSystem.NciThesaurus, nciCode, nciDisplay!, CodingConfidence.Verified, CodingSources.NciM11PhaseValueSet)];
    }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteStrings(writer, "ctGovPhases", CtGovPhases);
        writer.WriteString("fhirCode", FhirCode);
        writer.WriteBoolean("isPhased", IsPhased);
    }
}
