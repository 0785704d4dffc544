using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;
using Codes = StemCell.Domain.ClinicalTrialsGov.ClinicalTrialsGovCodes;

namespace StemCell.Domain.ClinicalTrialsGov.Derivation;

/// <summary>
/// The registry's coded facts in the library's vocabulary. Each mapping is one table here and in the package README;
/// a value with no term (an unknown code, a phase set such as PHASE1 + PHASE3) maps to nothing and is reported.
/// </summary>
internal static class RegistryFacts
{
    private static readonly Dictionary<string, TrialPhase> Phases = new(StringComparer.Ordinal)
    {
        ["NA"] = TrialPhase.NotApplicable,
        ["EARLY_PHASE1"] = TrialPhase.EarlyPhase1,
        ["PHASE1"] = TrialPhase.Phase1,
        ["PHASE1+PHASE2"] = TrialPhase.Phase1Phase2,
        ["PHASE2"] = TrialPhase.Phase2,
        ["PHASE2+PHASE3"] = TrialPhase.Phase2Phase3,
        ["PHASE3"] = TrialPhase.Phase3,
        ["PHASE4"] = TrialPhase.Phase4,
    };

    private static readonly Dictionary<string, StudyStatus> Statuses = new(StringComparer.Ordinal)
    {
        [Codes.Status.NotYetRecruiting] = StudyStatus.NotYetRecruiting,
        [Codes.Status.Recruiting] = StudyStatus.Recruiting,
        [Codes.Status.EnrollingByInvitation] = StudyStatus.EnrollingByInvitation,
        [Codes.Status.ActiveNotRecruiting] = StudyStatus.ActiveNotRecruiting,
        [Codes.Status.Suspended] = StudyStatus.Suspended,
        [Codes.Status.Terminated] = StudyStatus.Terminated,
        [Codes.Status.Completed] = StudyStatus.Completed,
        [Codes.Status.Withdrawn] = StudyStatus.Withdrawn,
        [Codes.Status.Unknown] = StudyStatus.Unknown,
        [Codes.Status.Available] = StudyStatus.Available,
        [Codes.Status.NoLongerAvailable] = StudyStatus.NoLongerAvailable,
        [Codes.Status.TemporarilyNotAvailable] = StudyStatus.TemporarilyNotAvailable,
        [Codes.Status.ApprovedForMarketing] = StudyStatus.ApprovedForMarketing,
        [Codes.Status.Withheld] = StudyStatus.Withheld,
    };

    /// <summary>The phase of a set of registry phases: PHASE1 and PHASE2 together are phase 1/2.</summary>
    public static TrialPhase? Phase(IReadOnlyCollection<string> phases, List<ClinicalTrialsGovNotDerivedValue> notDerived)
    {
        if (phases.Count == 0)
        {
            return null;
        }

        var key = string.Join('+', phases.Order(StringComparer.Ordinal));
        if (Phases.TryGetValue(key, out var phase))
        {
            return phase;
        }

        notDerived.Add(new("trial-phase", $"the registry's phases {key} have no term in the vocabulary"));
        return null;
    }

    public static StudyStatus? Status(string? status, List<ClinicalTrialsGovNotDerivedValue> notDerived)
    {
        if (status is null)
        {
            return null;
        }

        if (Statuses.TryGetValue(status, out var term))
        {
            return term;
        }

        notDerived.Add(new("study-status", $"the registry's status {status} has no term in the vocabulary"));
        return null;
    }

    /// <summary>Whether a date or enrollment has happened (ACTUAL) or is planned (ESTIMATED).</summary>
    public static Actuality? Actuality(string? type, string what, List<ClinicalTrialsGovNotDerivedValue> notDerived)
    {
        switch (type)
        {
            case null:
                return null;
            case Codes.DateType.Actual:
                return Model.Actuality.Actual;
            case Codes.DateType.Estimated:
                return Model.Actuality.Estimated;
            default:
                notDerived.Add(new($"whether the {what} is actual or estimated", $"the registry's type {type} is neither ACTUAL nor ESTIMATED"));
                return null;
        }
    }

    /// <summary>
    /// The design features the registry's design fields state: the allocation, the intervention model, the masking
    /// and who was masked, the arms' types and the study type.
    /// </summary>
    public static IEnumerable<StudyDesign> Designs(ClinicalTrialsGovRecord record, List<ClinicalTrialsGovNotDerivedValue> notDerived)
    {
        if (record.StudyType == Codes.StudyType.Observational)
        {
            yield return StudyDesign.Observational;
        }

        var controlled = record.Arms.Any(a => a.Type is Codes.ArmGroupType.PlaceboComparator or Codes.ArmGroupType.ShamComparator
            or Codes.ArmGroupType.ActiveComparator or Codes.ArmGroupType.NoIntervention);
        if (record.Allocation == Codes.Allocation.Randomized)
        {
            if (controlled)
            {
                yield return StudyDesign.RandomizedControlled;
            }
            else
            {
                notDerived.Add(new(
                    "study-design randomized-controlled",
                    "the registry says the allocation is randomized but names no comparator arm, so a control group is not stated"));
            }
        }
        else if (record.Allocation == Codes.Allocation.NonRandomized)
        {
            yield return StudyDesign.NonRandomized;
        }

        if (record.InterventionModel == Codes.InterventionModel.SingleGroup)
        {
            yield return StudyDesign.SingleArm;
        }
        else if (record.InterventionModel == Codes.InterventionModel.Crossover)
        {
            yield return StudyDesign.Crossover;
        }

        if (record.Masking == Codes.Masking.None)
        {
            yield return StudyDesign.OpenLabel;
        }
        else if (record.Masking is Codes.Masking.Double or Codes.Masking.Triple or Codes.Masking.Quadruple)
        {
            if (record.WhoMasked.Contains(Codes.WhoMasked.Participant)
                && (record.WhoMasked.Contains(Codes.WhoMasked.Investigator) || record.WhoMasked.Contains(Codes.WhoMasked.OutcomesAssessor)))
            {
                yield return StudyDesign.DoubleBlind;
            }
            else
            {
                notDerived.Add(new(
                    "study-design double-blind",
                    $"the registry's masking is {record.Masking} but it does not say that both participants and investigators or assessors were masked"));
            }
        }

        if (record.Arms.Any(a => a.Type is Codes.ArmGroupType.PlaceboComparator or Codes.ArmGroupType.ShamComparator))
        {
            yield return StudyDesign.PlaceboControlled;
        }
    }
}
