using System.Diagnostics.CodeAnalysis;

namespace StemCell.Domain.Vocabulary;

// The terms, their properties and their export are generated from Definitions/trial-phase.json; this part holds what is computed.
public sealed partial class TrialPhase
{
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
    public static TrialPhase FromFhirCode(string fhirCode) =>
        FindByKey(FhirCodeOf, fhirCode, StringComparison.Ordinal, "a FHIR research-study-phase code", nameof(fhirCode));

    /// <summary>Tries to find the phase with the given FHIR <c>research-study-phase</c> code.</summary>
    /// <param name="fhirCode">The code; null finds nothing.</param>
    /// <param name="phase">The phase, or null.</param>
    /// <returns><see langword="true"/> when a phase has that code.</returns>
    public static bool TryFromFhirCode([NotNullWhen(true)] string? fhirCode, [NotNullWhen(true)] out TrialPhase? phase) =>
        TryFindByKey(FhirCodeOf, fhirCode, StringComparison.Ordinal, out phase);

    private static string FhirCodeOf(TrialPhase phase) => phase.FhirCode;
}
