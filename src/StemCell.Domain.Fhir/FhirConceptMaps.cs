using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir;

/// <summary>The documented concept maps between the library's study status and trial phase and FHIR R4's value sets.</summary>
/// <remarks>
/// <para>
/// <c>ResearchStudy.status</c> is required (1..1, required binding to <c>http://hl7.org/fhir/ValueSet/research-study-status</c>),
/// and the Firely validator rejects a status that has only a <c>data-absent-reason</c> extension. R4's codes describe
/// accrual, not ClinicalTrials.gov's recruitment states, so several terms share a code and some have none. A term with
/// none, and a study with no status, is written as <c>in-review</c>: of the R4 codes it is the one that claims neither
/// that the study recruits nor how it ended, so a trial-matching service does not offer it to patients; import reads
/// <c>in-review</c> back as no status, with a warning.
/// </para>
/// <para>
/// Every <see cref="TrialPhase"/> has an exact code in R4's <c>research-study-phase</c> code system (R4 4.0.0 lists all
/// eight, <c>phase-4</c> included); the binding is only of example strength, so the tests check each code against the
/// value set through the SDK's terminology service.
/// </para>
/// </remarks>
public static class FhirConceptMaps
{
    /// <summary>Gets the concept map from study status to R4 research-study-status, one row per term and one for no status.</summary>
    /// <value>Rows in the order of <see cref="StudyStatus.All"/>, then the row for a null status.</value>
    public static ImmutableArray<FhirStatusMapping> Statuses { get; } =
    [
        new(StudyStatus.NotYetRecruiting, "approved", FhirConceptEquivalence.Equivalent,
            "Approved, and not yet open to accrual."),
        new(StudyStatus.Recruiting, "active", FhirConceptEquivalence.Equivalent,
            "Open to accrual; import reads 'active' as recruiting."),
        new(StudyStatus.EnrollingByInvitation, "active", FhirConceptEquivalence.Wider,
            "Open to accrual, by invitation only; R4 does not say how participants are chosen, so import gives 'recruiting'."),
        new(StudyStatus.ActiveNotRecruiting, "closed-to-accrual", FhirConceptEquivalence.Equivalent,
            "Closed to new participants while those enrolled are treated or followed up."),
        new(StudyStatus.Suspended, "temporarily-closed-to-accrual", FhirConceptEquivalence.Equivalent,
            "Stopped early, and may start again."),
        new(StudyStatus.Terminated, "administratively-completed", FhirConceptEquivalence.Equivalent,
            "Closed before its planned end."),
        new(StudyStatus.Completed, "completed", FhirConceptEquivalence.Equivalent,
            "Ended normally."),
        new(StudyStatus.Withdrawn, "withdrawn", FhirConceptEquivalence.Equivalent,
            "Stopped before its first participant."),
        new(StudyStatus.Unknown, "in-review", FhirConceptEquivalence.Unmatched,
            "The last known status is unverified; R4 has no such code."),
        new(StudyStatus.Available, "in-review", FhirConceptEquivalence.Unmatched,
            "An expanded-access state; R4's codes describe trials only."),
        new(StudyStatus.NoLongerAvailable, "in-review", FhirConceptEquivalence.Unmatched,
            "An expanded-access state; R4's codes describe trials only."),
        new(StudyStatus.TemporarilyNotAvailable, "in-review", FhirConceptEquivalence.Unmatched,
            "An expanded-access state; R4's codes describe trials only."),
        new(StudyStatus.ApprovedForMarketing, "in-review", FhirConceptEquivalence.Unmatched,
            "An expanded-access state; R4's codes describe trials only."),
        new(StudyStatus.Withheld, "in-review", FhirConceptEquivalence.Unmatched,
            "The registry withholds the status from public view."),
        new(null, "in-review", FhirConceptEquivalence.Unmatched,
            "The sources state no status; R4 requires one."),
    ];

    /// <summary>Gets the R4 research-study-status codes that import reads, with the term each gives.</summary>
    /// <value>
    /// Every R4 code. <c>closed-to-accrual-and-intervention</c> and <c>temporarily-closed-to-accrual-and-intervention</c> give
    /// the nearest term (<c>active-not-recruiting</c>, <c>suspended</c>) with a warning; <c>in-review</c> and
    /// <c>disapproved</c> have no term and give no status, with a warning (<c>in-review</c> is also what the export writes for a
    /// status R4 has no code for).
    /// </value>
    public static ImmutableDictionary<string, StudyStatus?> StatusesByFhirCode { get; } = new Dictionary<string, StudyStatus?>(StringComparer.Ordinal)
    {
        ["approved"] = StudyStatus.NotYetRecruiting,
        ["active"] = StudyStatus.Recruiting,
        ["closed-to-accrual"] = StudyStatus.ActiveNotRecruiting,
        ["closed-to-accrual-and-intervention"] = StudyStatus.ActiveNotRecruiting,
        ["temporarily-closed-to-accrual"] = StudyStatus.Suspended,
        ["temporarily-closed-to-accrual-and-intervention"] = StudyStatus.Suspended,
        ["administratively-completed"] = StudyStatus.Terminated,
        ["completed"] = StudyStatus.Completed,
        ["withdrawn"] = StudyStatus.Withdrawn,
        ["in-review"] = null,
        ["disapproved"] = null,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Gets the row of <see cref="Statuses"/> for a status.</summary>
    /// <param name="status">A status, or null for none.</param>
    /// <returns>The row; every term has one.</returns>
    public static FhirStatusMapping ForStatus(StudyStatus? status) => Statuses.First(row => row.Status == status);

    /// <summary>Gets the R4 research-study-phase code of a phase.</summary>
    /// <param name="phase">A phase.</param>
    /// <returns>The phase's code, such as <c>phase-1-phase-2</c>; every phase has one, of equivalent meaning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public static string ToFhirPhase(TrialPhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return phase.FhirCode;
    }

    /// <summary>Finds the phase of an R4 research-study-phase code.</summary>
    /// <param name="code">A code such as <c>phase-3</c>.</param>
    /// <param name="phase">The phase, when found.</param>
    /// <returns>True when <paramref name="code"/> is one of the eight R4 codes.</returns>
    public static bool TryFromFhirPhase([NotNullWhen(true)] string? code, [NotNullWhen(true)] out TrialPhase? phase) =>
        TrialPhase.TryFromFhirCode(code, out phase);

    /// <summary>Finds the phase whose name a free text gives, as converters that write display text for a code do.</summary>
    /// <param name="text">Text such as <c>Phase 3</c>, <c>phase III</c> or <c>Phase 1/Phase 2</c>.</param>
    /// <param name="phase">The phase, when found.</param>
    /// <returns>True when the text is, ignoring case, a phase's display name, FHIR display or synonym.</returns>
    public static bool TryFromPhaseText([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TrialPhase? phase)
    {
        phase = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var candidate in TrialPhase.All)
        {
            if (string.Equals(candidate.DisplayName, trimmed, StringComparison.OrdinalIgnoreCase)
                || candidate.Codings.Any(c => c.System == CodeSystem.FhirResearchStudyPhase && string.Equals(c.Display, trimmed, StringComparison.OrdinalIgnoreCase))
                || candidate.Synonyms.Any(s => string.Equals(s, trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                phase = candidate;
                return true;
            }
        }

        return false;
    }
}
