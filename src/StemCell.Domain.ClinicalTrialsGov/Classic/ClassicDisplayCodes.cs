using System.Collections.Frozen;
using Codes = StemCell.Domain.ClinicalTrialsGov.ClinicalTrialsGovCodes;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>
/// One table per trial concept from the classic formats' display strings to the API v2 codes, used by both classic
/// readers. The strings seen in the saved classic files are marked "seen"; the others come from the registry's
/// classic data element definitions and were not seen in a real file (see the package README).
/// </summary>
internal static class ClassicDisplayCodes
{
    internal static readonly ClassicConcept Phase = new(
        "a phase",
        ("Early Phase 1", Codes.Phase.EarlyPhase1),
        ("Phase 1", Codes.Phase.Phase1), // seen
        ("Phase 2", Codes.Phase.Phase2), // seen
        ("Phase 3", Codes.Phase.Phase3), // seen
        ("Phase 4", Codes.Phase.Phase4),
        ("Not Applicable", Codes.Phase.NotApplicable));

    internal static readonly ClassicConcept Status = new(
        "a recruitment status",
        ("Not yet recruiting", Codes.Status.NotYetRecruiting), // seen
        ("Recruiting", Codes.Status.Recruiting), // seen
        ("Enrolling by invitation", Codes.Status.EnrollingByInvitation),
        ("Active, not recruiting", Codes.Status.ActiveNotRecruiting), // seen
        ("Suspended", Codes.Status.Suspended),
        ("Terminated", Codes.Status.Terminated), // seen
        ("Completed", Codes.Status.Completed), // seen
        ("Withdrawn", Codes.Status.Withdrawn),
        ("Unknown status", Codes.Status.Unknown), // seen
        ("Available", Codes.Status.Available),
        ("No longer available", Codes.Status.NoLongerAvailable), // seen
        ("Temporarily not available", Codes.Status.TemporarilyNotAvailable), // seen
        ("Approved for marketing", Codes.Status.ApprovedForMarketing),
        ("Withheld", Codes.Status.Withheld));

    internal static readonly ClassicConcept StudyType = new(
        "a study type",
        ("Interventional", Codes.StudyType.Interventional), // seen
        ("Observational", Codes.StudyType.Observational),
        ("Expanded Access", Codes.StudyType.ExpandedAccess)); // seen

    /// <summary>Whether a date or an enrollment is actual or planned: the classic <c>Anticipated</c> is v2's <c>ESTIMATED</c>.</summary>
    internal static readonly ClassicConcept DateType = new(
        "a date or enrollment type",
        ("Actual", Codes.DateType.Actual), // seen
        ("Anticipated", Codes.DateType.Estimated)); // seen

    internal static readonly ClassicConcept Allocation = new(
        "an allocation",
        ("Randomized", Codes.Allocation.Randomized), // seen
        ("Non-Randomized", Codes.Allocation.NonRandomized), // seen
        ("N/A", Codes.Allocation.NotApplicable)); // seen

    internal static readonly ClassicConcept InterventionModel = new(
        "an intervention model",
        ("Single Group Assignment", Codes.InterventionModel.SingleGroup), // seen
        ("Parallel Assignment", Codes.InterventionModel.Parallel), // seen
        ("Crossover Assignment", Codes.InterventionModel.Crossover), // seen
        ("Factorial Assignment", Codes.InterventionModel.Factorial),
        ("Sequential Assignment", Codes.InterventionModel.Sequential)); // seen

    internal static readonly ClassicConcept Masking = new(
        "a masking",
        ("None (Open Label)", Codes.Masking.None), // seen
        ("Single", Codes.Masking.Single), // seen
        ("Double", Codes.Masking.Double), // seen
        ("Triple", Codes.Masking.Triple), // seen
        ("Quadruple", Codes.Masking.Quadruple)); // seen

    internal static readonly ClassicConcept WhoMasked = new(
        "a masked role",
        ("Participant", Codes.WhoMasked.Participant), // seen
        ("Care Provider", Codes.WhoMasked.CareProvider), // seen
        ("Investigator", Codes.WhoMasked.Investigator), // seen
        ("Outcomes Assessor", Codes.WhoMasked.OutcomesAssessor)); // seen

    internal static readonly ClassicConcept PrimaryPurpose = new(
        "a primary purpose",
        ("Treatment", Codes.PrimaryPurpose.Treatment), // seen
        ("Prevention", Codes.PrimaryPurpose.Prevention),
        ("Diagnostic", Codes.PrimaryPurpose.Diagnostic),
        ("Educational/Counseling/Training", Codes.PrimaryPurpose.Ect),
        ("Supportive Care", Codes.PrimaryPurpose.SupportiveCare),
        ("Screening", Codes.PrimaryPurpose.Screening),
        ("Health Services Research", Codes.PrimaryPurpose.HealthServicesResearch),
        ("Basic Science", Codes.PrimaryPurpose.BasicScience),
        ("Device Feasibility", Codes.PrimaryPurpose.DeviceFeasibility),
        ("Other", Codes.PrimaryPurpose.Other));

    internal static readonly ClassicConcept InterventionType = new(
        "an intervention type",
        ("Behavioral", Codes.InterventionType.Behavioral),
        ("Biological", Codes.InterventionType.Biological), // seen
        ("Combination Product", Codes.InterventionType.CombinationProduct),
        ("Device", Codes.InterventionType.Device),
        ("Diagnostic Test", Codes.InterventionType.DiagnosticTest),
        ("Dietary Supplement", Codes.InterventionType.DietarySupplement),
        ("Drug", Codes.InterventionType.Drug), // seen
        ("Genetic", Codes.InterventionType.Genetic),
        ("Procedure", Codes.InterventionType.Procedure), // seen
        ("Radiation", Codes.InterventionType.Radiation),
        ("Other", Codes.InterventionType.Other)); // seen

    internal static readonly ClassicConcept ArmGroupType = new(
        "an arm type",
        ("Experimental", Codes.ArmGroupType.Experimental), // seen
        ("Active Comparator", Codes.ArmGroupType.ActiveComparator), // seen
        ("Placebo Comparator", Codes.ArmGroupType.PlaceboComparator), // seen
        ("Sham Comparator", Codes.ArmGroupType.ShamComparator), // seen
        ("No Intervention", Codes.ArmGroupType.NoIntervention), // seen
        ("Other", Codes.ArmGroupType.Other));

    internal static readonly ClassicConcept Sex = new(
        "a sex",
        ("All", Codes.Sex.All), // seen
        ("Female", Codes.Sex.Female),
        ("Male", Codes.Sex.Male));

    internal static readonly ClassicConcept StandardAge = new(
        "an age group",
        ("Child", Codes.StandardAge.Child), // seen
        ("Adult", Codes.StandardAge.Adult), // seen
        ("Older Adult", Codes.StandardAge.OlderAdult)); // seen

    /// <summary>
    /// Organization classes: the StudyFields API already writes the v2 codes (seen: INDUSTRY, OTHER, OTHER_GOV,
    /// UNKNOWN); the CSV's Funded Bys writes display words (seen: Industry, Other).
    /// </summary>
    internal static readonly ClassicConcept AgencyClass = new(
        "an organization class",
        [
            .. Codes.AgencyClass.Values.Select(code => (code, code)),
            ("Industry", Codes.AgencyClass.Industry), // seen
            ("Other", Codes.AgencyClass.Other), // seen
            ("U.S. Fed", Codes.AgencyClass.Fed),
        ]);

    internal static readonly ClassicConcept SecondaryIdType = new(
        "a secondary id type",
        ("EudraCT Number", Codes.SecondaryIdType.EudractNumber), // seen
        ("Other Identifier", Codes.SecondaryIdType.Other)); // seen

    internal static readonly ClassicConcept ReferenceType = new(
        "a reference type",
        ("background", Codes.ReferenceType.Background), // seen
        ("result", Codes.ReferenceType.Result), // seen
        ("derived", Codes.ReferenceType.Derived)); // seen

    internal static readonly ClassicConcept YesNo = new(
        "a yes or no",
        ("Yes", "true"),
        ("No", "false")); // seen
}

/// <summary>A trial concept's table from classic display strings to API v2 codes.</summary>
internal sealed class ClassicConcept
{
    private readonly FrozenDictionary<string, string> _codes;

    internal ClassicConcept(string name, params (string Display, string Code)[] entries)
    {
        Name = name;
        _codes = entries.ToFrozenDictionary(entry => entry.Display, entry => entry.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets the concept's name as warnings say it, such as <c>a phase</c>.</summary>
    internal string Name { get; }

    internal bool TryMap(string display, out string code) => _codes.TryGetValue(display, out code!);

    /// <summary>Maps a display string, or keeps it as its text and says so, naming where it was.</summary>
    internal string Map(string display, string where, ICollection<string> warnings)
    {
        if (TryMap(display, out var code))
        {
            return code;
        }

        warnings.Add($"{where}: '{display}' is not {Name} the library knows; kept as text.");
        return display;
    }
}
