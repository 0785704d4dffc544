using System.Collections.Frozen;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>The coded values of ClinicalTrials.gov records that the library knows, in their API v2 spellings.</summary>
/// <remarks>
/// The values are those of the API v2 OpenAPI description (version 2.0.0-draft) and the registry's data element
/// definitions; the classic formats' display strings are mapped to them on reading. The registry adds values over
/// time: a record may carry one that is not listed here, which the readers keep as its text and report.
/// </remarks>
public static class ClinicalTrialsGovCodes
{
    /// <summary>The values of the overall and last-known recruitment status.</summary>
    public static class Status
    {
        /// <summary><c>ACTIVE_NOT_RECRUITING</c>.</summary>
        public const string ActiveNotRecruiting = "ACTIVE_NOT_RECRUITING";

        /// <summary><c>COMPLETED</c>.</summary>
        public const string Completed = "COMPLETED";

        /// <summary><c>ENROLLING_BY_INVITATION</c>.</summary>
        public const string EnrollingByInvitation = "ENROLLING_BY_INVITATION";

        /// <summary><c>NOT_YET_RECRUITING</c>.</summary>
        public const string NotYetRecruiting = "NOT_YET_RECRUITING";

        /// <summary><c>RECRUITING</c>.</summary>
        public const string Recruiting = "RECRUITING";

        /// <summary><c>SUSPENDED</c>.</summary>
        public const string Suspended = "SUSPENDED";

        /// <summary><c>TERMINATED</c>.</summary>
        public const string Terminated = "TERMINATED";

        /// <summary><c>WITHDRAWN</c>.</summary>
        public const string Withdrawn = "WITHDRAWN";

        /// <summary><c>AVAILABLE</c>.</summary>
        public const string Available = "AVAILABLE";

        /// <summary><c>NO_LONGER_AVAILABLE</c>.</summary>
        public const string NoLongerAvailable = "NO_LONGER_AVAILABLE";

        /// <summary><c>TEMPORARILY_NOT_AVAILABLE</c>.</summary>
        public const string TemporarilyNotAvailable = "TEMPORARILY_NOT_AVAILABLE";

        /// <summary><c>APPROVED_FOR_MARKETING</c>.</summary>
        public const string ApprovedForMarketing = "APPROVED_FOR_MARKETING";

        /// <summary><c>WITHHELD</c>.</summary>
        public const string Withheld = "WITHHELD";

        /// <summary><c>UNKNOWN</c>.</summary>
        public const string Unknown = "UNKNOWN";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [ActiveNotRecruiting, Completed, EnrollingByInvitation, NotYetRecruiting, Recruiting, Suspended, Terminated, Withdrawn, Available, NoLongerAvailable, TemporarilyNotAvailable, ApprovedForMarketing, Withheld, Unknown];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the trial phases (a set: a phase 1/2 trial is PHASE1 and PHASE2).</summary>
    public static class Phase
    {
        /// <summary><c>NA</c>.</summary>
        public const string NotApplicable = "NA";

        /// <summary><c>EARLY_PHASE1</c>.</summary>
        public const string EarlyPhase1 = "EARLY_PHASE1";

        /// <summary><c>PHASE1</c>.</summary>
        public const string Phase1 = "PHASE1";

        /// <summary><c>PHASE2</c>.</summary>
        public const string Phase2 = "PHASE2";

        /// <summary><c>PHASE3</c>.</summary>
        public const string Phase3 = "PHASE3";

        /// <summary><c>PHASE4</c>.</summary>
        public const string Phase4 = "PHASE4";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [NotApplicable, EarlyPhase1, Phase1, Phase2, Phase3, Phase4];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the study type.</summary>
    public static class StudyType
    {
        /// <summary><c>EXPANDED_ACCESS</c>.</summary>
        public const string ExpandedAccess = "EXPANDED_ACCESS";

        /// <summary><c>INTERVENTIONAL</c>.</summary>
        public const string Interventional = "INTERVENTIONAL";

        /// <summary><c>OBSERVATIONAL</c>.</summary>
        public const string Observational = "OBSERVATIONAL";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [ExpandedAccess, Interventional, Observational];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of whether a date or an enrollment is actual or estimated (the classic formats' Anticipated).</summary>
    public static class DateType
    {
        /// <summary><c>ACTUAL</c>.</summary>
        public const string Actual = "ACTUAL";

        /// <summary><c>ESTIMATED</c>.</summary>
        public const string Estimated = "ESTIMATED";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Actual, Estimated];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of how participants were allocated to arms.</summary>
    public static class Allocation
    {
        /// <summary><c>RANDOMIZED</c>.</summary>
        public const string Randomized = "RANDOMIZED";

        /// <summary><c>NON_RANDOMIZED</c>.</summary>
        public const string NonRandomized = "NON_RANDOMIZED";

        /// <summary><c>NA</c>.</summary>
        public const string NotApplicable = "NA";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Randomized, NonRandomized, NotApplicable];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the intervention model.</summary>
    public static class InterventionModel
    {
        /// <summary><c>SINGLE_GROUP</c>.</summary>
        public const string SingleGroup = "SINGLE_GROUP";

        /// <summary><c>PARALLEL</c>.</summary>
        public const string Parallel = "PARALLEL";

        /// <summary><c>CROSSOVER</c>.</summary>
        public const string Crossover = "CROSSOVER";

        /// <summary><c>FACTORIAL</c>.</summary>
        public const string Factorial = "FACTORIAL";

        /// <summary><c>SEQUENTIAL</c>.</summary>
        public const string Sequential = "SEQUENTIAL";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [SingleGroup, Parallel, Crossover, Factorial, Sequential];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the masking.</summary>
    #pragma warning disable CA1720 // SINGLE and DOUBLE are the registry's own names for masking, not type names.
    public static class Masking
    {
        /// <summary><c>NONE</c>.</summary>
        public const string None = "NONE";

        /// <summary><c>SINGLE</c>.</summary>
        public const string Single = "SINGLE";

        /// <summary><c>DOUBLE</c>.</summary>
        public const string Double = "DOUBLE";

        /// <summary><c>TRIPLE</c>.</summary>
        public const string Triple = "TRIPLE";

        /// <summary><c>QUADRUPLE</c>.</summary>
        public const string Quadruple = "QUADRUPLE";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [None, Single, Double, Triple, Quadruple];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }
#pragma warning restore CA1720

    /// <summary>The values of who was masked.</summary>
    public static class WhoMasked
    {
        /// <summary><c>PARTICIPANT</c>.</summary>
        public const string Participant = "PARTICIPANT";

        /// <summary><c>CARE_PROVIDER</c>.</summary>
        public const string CareProvider = "CARE_PROVIDER";

        /// <summary><c>INVESTIGATOR</c>.</summary>
        public const string Investigator = "INVESTIGATOR";

        /// <summary><c>OUTCOMES_ASSESSOR</c>.</summary>
        public const string OutcomesAssessor = "OUTCOMES_ASSESSOR";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Participant, CareProvider, Investigator, OutcomesAssessor];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the primary purpose.</summary>
    public static class PrimaryPurpose
    {
        /// <summary><c>TREATMENT</c>.</summary>
        public const string Treatment = "TREATMENT";

        /// <summary><c>PREVENTION</c>.</summary>
        public const string Prevention = "PREVENTION";

        /// <summary><c>DIAGNOSTIC</c>.</summary>
        public const string Diagnostic = "DIAGNOSTIC";

        /// <summary><c>ECT</c>.</summary>
        public const string Ect = "ECT";

        /// <summary><c>SUPPORTIVE_CARE</c>.</summary>
        public const string SupportiveCare = "SUPPORTIVE_CARE";

        /// <summary><c>SCREENING</c>.</summary>
        public const string Screening = "SCREENING";

        /// <summary><c>HEALTH_SERVICES_RESEARCH</c>.</summary>
        public const string HealthServicesResearch = "HEALTH_SERVICES_RESEARCH";

        /// <summary><c>BASIC_SCIENCE</c>.</summary>
        public const string BasicScience = "BASIC_SCIENCE";

        /// <summary><c>DEVICE_FEASIBILITY</c>.</summary>
        public const string DeviceFeasibility = "DEVICE_FEASIBILITY";

        /// <summary><c>OTHER</c>.</summary>
        public const string Other = "OTHER";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Treatment, Prevention, Diagnostic, Ect, SupportiveCare, Screening, HealthServicesResearch, BasicScience, DeviceFeasibility, Other];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of an intervention's type.</summary>
    public static class InterventionType
    {
        /// <summary><c>BEHAVIORAL</c>.</summary>
        public const string Behavioral = "BEHAVIORAL";

        /// <summary><c>BIOLOGICAL</c>.</summary>
        public const string Biological = "BIOLOGICAL";

        /// <summary><c>COMBINATION_PRODUCT</c>.</summary>
        public const string CombinationProduct = "COMBINATION_PRODUCT";

        /// <summary><c>DEVICE</c>.</summary>
        public const string Device = "DEVICE";

        /// <summary><c>DIAGNOSTIC_TEST</c>.</summary>
        public const string DiagnosticTest = "DIAGNOSTIC_TEST";

        /// <summary><c>DIETARY_SUPPLEMENT</c>.</summary>
        public const string DietarySupplement = "DIETARY_SUPPLEMENT";

        /// <summary><c>DRUG</c>.</summary>
        public const string Drug = "DRUG";

        /// <summary><c>GENETIC</c>.</summary>
        public const string Genetic = "GENETIC";

        /// <summary><c>PROCEDURE</c>.</summary>
        public const string Procedure = "PROCEDURE";

        /// <summary><c>RADIATION</c>.</summary>
        public const string Radiation = "RADIATION";

        /// <summary><c>OTHER</c>.</summary>
        public const string Other = "OTHER";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Behavioral, Biological, CombinationProduct, Device, DiagnosticTest, DietarySupplement, Drug, Genetic, Procedure, Radiation, Other];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of an arm's type.</summary>
    public static class ArmGroupType
    {
        /// <summary><c>EXPERIMENTAL</c>.</summary>
        public const string Experimental = "EXPERIMENTAL";

        /// <summary><c>ACTIVE_COMPARATOR</c>.</summary>
        public const string ActiveComparator = "ACTIVE_COMPARATOR";

        /// <summary><c>PLACEBO_COMPARATOR</c>.</summary>
        public const string PlaceboComparator = "PLACEBO_COMPARATOR";

        /// <summary><c>SHAM_COMPARATOR</c>.</summary>
        public const string ShamComparator = "SHAM_COMPARATOR";

        /// <summary><c>NO_INTERVENTION</c>.</summary>
        public const string NoIntervention = "NO_INTERVENTION";

        /// <summary><c>OTHER</c>.</summary>
        public const string Other = "OTHER";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Experimental, ActiveComparator, PlaceboComparator, ShamComparator, NoIntervention, Other];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of which sexes could take part.</summary>
    public static class Sex
    {
        /// <summary><c>FEMALE</c>.</summary>
        public const string Female = "FEMALE";

        /// <summary><c>MALE</c>.</summary>
        public const string Male = "MALE";

        /// <summary><c>ALL</c>.</summary>
        public const string All = "ALL";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Female, Male, All];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of the standard age groups.</summary>
    public static class StandardAge
    {
        /// <summary><c>CHILD</c>.</summary>
        public const string Child = "CHILD";

        /// <summary><c>ADULT</c>.</summary>
        public const string Adult = "ADULT";

        /// <summary><c>OLDER_ADULT</c>.</summary>
        public const string OlderAdult = "OLDER_ADULT";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Child, Adult, OlderAdult];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of an organization's class.</summary>
    public static class AgencyClass
    {
        /// <summary><c>NIH</c>.</summary>
        public const string Nih = "NIH";

        /// <summary><c>FED</c>.</summary>
        public const string Fed = "FED";

        /// <summary><c>OTHER_GOV</c>.</summary>
        public const string OtherGov = "OTHER_GOV";

        /// <summary><c>INDIV</c>.</summary>
        public const string Indiv = "INDIV";

        /// <summary><c>INDUSTRY</c>.</summary>
        public const string Industry = "INDUSTRY";

        /// <summary><c>NETWORK</c>.</summary>
        public const string Network = "NETWORK";

        /// <summary><c>AMBIG</c>.</summary>
        public const string Ambig = "AMBIG";

        /// <summary><c>OTHER</c>.</summary>
        public const string Other = "OTHER";

        /// <summary><c>UNKNOWN</c>.</summary>
        public const string Unknown = "UNKNOWN";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Nih, Fed, OtherGov, Indiv, Industry, Network, Ambig, Other, Unknown];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of a secondary id's type.</summary>
    public static class SecondaryIdType
    {
        /// <summary><c>NIH</c>.</summary>
        public const string Nih = "NIH";

        /// <summary><c>FDA</c>.</summary>
        public const string Fda = "FDA";

        /// <summary><c>VA</c>.</summary>
        public const string Va = "VA";

        /// <summary><c>CDC</c>.</summary>
        public const string Cdc = "CDC";

        /// <summary><c>AHRQ</c>.</summary>
        public const string Ahrq = "AHRQ";

        /// <summary><c>SAMHSA</c>.</summary>
        public const string Samhsa = "SAMHSA";

        /// <summary><c>OTHER_GRANT</c>.</summary>
        public const string OtherGrant = "OTHER_GRANT";

        /// <summary><c>EUDRACT_NUMBER</c>.</summary>
        public const string EudractNumber = "EUDRACT_NUMBER";

        /// <summary><c>REGISTRY</c>.</summary>
        public const string Registry = "REGISTRY";

        /// <summary><c>OTHER</c>.</summary>
        public const string Other = "OTHER";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Nih, Fda, Va, Cdc, Ahrq, Samhsa, OtherGrant, EudractNumber, Registry, Other];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The values of a reference's type.</summary>
    public static class ReferenceType
    {
        /// <summary><c>BACKGROUND</c>.</summary>
        public const string Background = "BACKGROUND";

        /// <summary><c>RESULT</c>.</summary>
        public const string Result = "RESULT";

        /// <summary><c>DERIVED</c>.</summary>
        public const string Derived = "DERIVED";

        /// <summary>Gets every value the library knows, in the registry's order.</summary>
        /// <value>The values.</value>
        public static IReadOnlyList<string> Values { get; } = [Background, Result, Derived];

        /// <summary>Tells whether the library knows a value.</summary>
        /// <param name="value">A value in its API v2 spelling.</param>
        /// <returns><see langword="true"/> when <paramref name="value"/> is one of <see cref="Values"/> (ordinal comparison).</returns>
        public static bool IsKnown(string? value) => value is not null && Known.Contains(value);

        private static readonly FrozenSet<string> Known = Values.ToFrozenSet(StringComparer.Ordinal);
    }
}
