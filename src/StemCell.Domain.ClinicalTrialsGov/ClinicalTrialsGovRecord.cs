using System.Collections.Immutable;
using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>
/// One ClinicalTrials.gov study record, as the registry states it, whichever format it was read from (API v2 JSON,
/// the classic StudyFields API, or the classic website CSV export).
/// </summary>
/// <remarks>
/// <para>
/// Values are kept as the registry writes them. Coded values (status, phases, study type, design, enrollment and
/// date types, intervention and arm types, sex, agency classes) use the API v2 spellings, such as <c>PHASE1</c> or
/// <c>ESTIMATED</c>, whatever the input format: the classic display strings (<c>Phase 1</c>, <c>Anticipated</c>,
/// <c>Unknown status</c>) are mapped to them on reading. <see cref="ClinicalTrialsGovCodes"/> lists the values the
/// library knows; a value it does not know is kept as its text, never dropped, and reported by the reader. A
/// property is null, or an empty list, when the record does not state it (a module that is absent, or a field
/// projection that left it out).
/// </para>
/// <para>Equality: reference equality. Two reads of the same record are different objects.</para>
/// </remarks>
public sealed class ClinicalTrialsGovRecord
{
    /// <summary>Gets the record's NCT number.</summary>
    /// <value><c>NCT</c> followed by eight digits, such as <c>NCT03280056</c>.</value>
    public required string NctId { get; init; }

    /// <summary>Gets the format the record was read from.</summary>
    /// <value>API v2 JSON, the classic StudyFields API, or the classic CSV export.</value>
    public required ClinicalTrialsGovFormat Format { get; init; }

    /// <summary>Gets when the registry's data for this record was current (<c>versionHolder</c> in API v2, <c>DataVrs</c> in the classic API).</summary>
    /// <value>A date, or null when the input does not carry one (the classic CSV export, or a field projection).</value>
    public LocalDate? DataVersion { get; init; }

    /// <summary>Gets other NCT numbers that the registry merged into this record.</summary>
    /// <value>NCT numbers; empty when there are none.</value>
    public ImmutableArray<string> NctIdAliases { get; init; } = [];

    /// <summary>Gets the brief title.</summary>
    /// <value>The title, or null.</value>
    public string? BriefTitle { get; init; }

    /// <summary>Gets the official title.</summary>
    /// <value>The title, or null.</value>
    public string? OfficialTitle { get; init; }

    /// <summary>Gets the study's acronym.</summary>
    /// <value>An acronym such as <c>ALSUMMIT</c>, or null.</value>
    public string? Acronym { get; init; }

    /// <summary>Gets the sponsor's own id for the study.</summary>
    /// <value>An id such as <c>BCT-002-US</c>, or null.</value>
    public string? OrgStudyId { get; init; }

    /// <summary>Gets the study's other ids, such as EudraCT numbers and grant numbers.</summary>
    /// <value>Secondary ids in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds { get; init; } = [];

    /// <summary>Gets the overall recruitment status.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.Status"/>, such as <c>RECRUITING</c>, or null.</value>
    public string? OverallStatus { get; init; }

    /// <summary>Gets the last status the registry knew, given when <see cref="OverallStatus"/> is <c>UNKNOWN</c>.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.Status"/>, or null.</value>
    public string? LastKnownStatus { get; init; }

    /// <summary>Gets why the study stopped early.</summary>
    /// <value>The sponsor's words, or null.</value>
    public string? WhyStopped { get; init; }

    /// <summary>Gets when the study started.</summary>
    /// <value>A date with its type (actual or estimated), or null.</value>
    public ClinicalTrialsGovDate? StartDate { get; init; }

    /// <summary>Gets when the last participant was examined for the primary outcome.</summary>
    /// <value>A date with its type (actual or estimated), or null.</value>
    public ClinicalTrialsGovDate? PrimaryCompletionDate { get; init; }

    /// <summary>Gets when the study was completed.</summary>
    /// <value>A date with its type (actual or estimated), or null.</value>
    public ClinicalTrialsGovDate? CompletionDate { get; init; }

    /// <summary>Gets the lead sponsor.</summary>
    /// <value>An organization, or null.</value>
    public ClinicalTrialsGovOrganization? LeadSponsor { get; init; }

    /// <summary>Gets the collaborators.</summary>
    /// <value>Organizations in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovOrganization> Collaborators { get; init; } = [];

    /// <summary>Gets the brief summary.</summary>
    /// <value>Text (Markdown in API v2), or null.</value>
    public string? BriefSummary { get; init; }

    /// <summary>Gets the detailed description.</summary>
    /// <value>Text (Markdown in API v2), or null.</value>
    public string? DetailedDescription { get; init; }

    /// <summary>Gets the conditions as the sponsor wrote them.</summary>
    /// <value>Free text such as <c>Amyotrophic Lateral Sclerosis (ALS)</c>; empty when there are none.</value>
    public ImmutableArray<string> Conditions { get; init; } = [];

    /// <summary>Gets the sponsor's keywords.</summary>
    /// <value>Free text; empty when there are none.</value>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>Gets the MeSH terms the registry assigned to the conditions.</summary>
    /// <value>MeSH descriptors such as D000690 Amyotrophic Lateral Sclerosis; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovMeshTerm> ConditionMeshTerms { get; init; } = [];

    /// <summary>Gets the study type.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.StudyType"/>, such as <c>INTERVENTIONAL</c>, or null.</value>
    public string? StudyType { get; init; }

    /// <summary>Gets the trial phases, as a set: a phase 1/2 trial has <c>PHASE1</c> and <c>PHASE2</c>.</summary>
    /// <value>Distinct values of <see cref="ClinicalTrialsGovCodes.Phase"/> in the registry's order of phases; empty when none is stated.</value>
    public ImmutableArray<string> Phases { get; init; } = [];

    /// <summary>Gets how participants were allocated to arms.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.Allocation"/>, or null.</value>
    public string? Allocation { get; init; }

    /// <summary>Gets the intervention model.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.InterventionModel"/>, such as <c>PARALLEL</c>, or null.</value>
    public string? InterventionModel { get; init; }

    /// <summary>Gets the masking.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.Masking"/>, such as <c>QUADRUPLE</c>, or null.</value>
    public string? Masking { get; init; }

    /// <summary>Gets who was masked.</summary>
    /// <value>Values of <see cref="ClinicalTrialsGovCodes.WhoMasked"/>; empty when the record does not say.</value>
    public ImmutableArray<string> WhoMasked { get; init; } = [];

    /// <summary>Gets the primary purpose.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.PrimaryPurpose"/>, such as <c>TREATMENT</c>, or null.</value>
    public string? PrimaryPurpose { get; init; }

    /// <summary>Gets the enrollment with its type (actual or estimated).</summary>
    /// <value>An enrollment, or null.</value>
    public ClinicalTrialsGovEnrollment? Enrollment { get; init; }

    /// <summary>Gets the arms.</summary>
    /// <value>Arms in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovArm> Arms { get; init; } = [];

    /// <summary>Gets the interventions.</summary>
    /// <value>Interventions in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovIntervention> Interventions { get; init; } = [];

    /// <summary>Gets other names of the interventions that the record gives without saying which intervention each belongs to.</summary>
    /// <value>
    /// The names in the record's order; empty when there are none. Only the classic StudyFields API has them: it lists
    /// the other names of all interventions in one list, so with several interventions they cannot be attributed and
    /// are kept here (in the report and in evidence as <c>interventionOtherNames[i]</c>) rather than dropped.
    /// </value>
    public ImmutableArray<string> UnattributedInterventionOtherNames { get; init; } = [];

    /// <summary>Gets the primary outcome measures.</summary>
    /// <value>Outcomes in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovOutcome> PrimaryOutcomes { get; init; } = [];

    /// <summary>Gets the secondary outcome measures.</summary>
    /// <value>Outcomes in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovOutcome> SecondaryOutcomes { get; init; } = [];

    /// <summary>Gets the other pre-specified outcome measures.</summary>
    /// <value>Outcomes in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovOutcome> OtherOutcomes { get; init; } = [];

    /// <summary>Gets outcome measures whose kind (primary, secondary or other) the input does not say.</summary>
    /// <value>
    /// Outcomes in the record's order, such as the classic CSV export's Outcome Measures, which lists every kind in one
    /// column with measures only; empty when there are none (always, for API v2 and the classic StudyFields API).
    /// </value>
    public ImmutableArray<ClinicalTrialsGovOutcome> UnclassifiedOutcomes { get; init; } = [];

    /// <summary>Gets who could take part.</summary>
    /// <value>Eligibility, or null.</value>
    public ClinicalTrialsGovEligibility? Eligibility { get; init; }

    /// <summary>Gets where the study ran.</summary>
    /// <value>Locations in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovLocation> Locations { get; init; } = [];

    /// <summary>Gets the publications the record cites.</summary>
    /// <value>References in the record's order; empty when there are none.</value>
    public ImmutableArray<ClinicalTrialsGovReference> References { get; init; } = [];

    /// <summary>Gets a value indicating whether results are posted.</summary>
    /// <value><see langword="true"/> or <see langword="false"/>, or null when the record does not say.</value>
    public bool? HasResults { get; init; }

    /// <summary>Gets the record's address on ClinicalTrials.gov.</summary>
    /// <value><c>https://clinicaltrials.gov/study/</c> followed by <see cref="NctId"/>.</value>
    public Uri Url => new($"https://clinicaltrials.gov/study/{NctId}");

    /// <summary>Returns the NCT number and brief title.</summary>
    /// <returns>Text such as <c>NCT03280056: Safety and Efficacy of Repeated Administrations of NurOwn® in ALS Patients</c>.</returns>
    public override string ToString() => BriefTitle is null ? NctId : $"{NctId}: {BriefTitle}";
}

/// <summary>The format a ClinicalTrials.gov record was read from.</summary>
public enum ClinicalTrialsGovFormat
{
    /// <summary>API v2 JSON: a study, a search page, a website export or a bulk download.</summary>
    ApiV2,

    /// <summary>The classic StudyFields API (retired in 2024): chunk files of a few fields each, merged by NCT number.</summary>
    ClassicStudyFields,

    /// <summary>The classic website's CSV export (retired in 2024).</summary>
    ClassicCsv,
}

/// <summary>A date in a ClinicalTrials.gov record, with whether it has happened or is planned.</summary>
/// <param name="Date">The date, as precisely as the record gives it (a year, a month or a day).</param>
/// <param name="Type">
/// <c>ACTUAL</c> or <c>ESTIMATED</c> (<see cref="ClinicalTrialsGovCodes.DateType"/>; the classic formats' <c>Anticipated</c> is
/// <c>ESTIMATED</c>), or null when the record does not say.
/// </param>
/// <remarks>Equality: equal when the date and the type are equal.</remarks>
public sealed record ClinicalTrialsGovDate(PartialDate Date, string? Type);

/// <summary>How many participants a ClinicalTrials.gov study enrolled, or plans to.</summary>
/// <param name="Count">The number of participants.</param>
/// <param name="Type"><c>ACTUAL</c> or <c>ESTIMATED</c> (<see cref="ClinicalTrialsGovCodes.DateType"/>), or null when the record does not say.</param>
/// <remarks>Equality: equal when the count and the type are equal.</remarks>
public sealed record ClinicalTrialsGovEnrollment(int Count, string? Type);

/// <summary>An organization named by a ClinicalTrials.gov record: a sponsor or a collaborator.</summary>
/// <param name="Name">The organization's name.</param>
/// <param name="Class">A value of <see cref="ClinicalTrialsGovCodes.AgencyClass"/>, such as <c>INDUSTRY</c>, or null.</param>
/// <remarks>Equality: equal when the name and the class are equal.</remarks>
public sealed record ClinicalTrialsGovOrganization(string Name, string? Class);

/// <summary>A study id other than the NCT number and the sponsor's own id.</summary>
/// <param name="Id">The id.</param>
/// <param name="Type">A value of <see cref="ClinicalTrialsGovCodes.SecondaryIdType"/>, such as <c>EUDRACT_NUMBER</c>, or null.</param>
/// <param name="Domain">Who issued it, or null.</param>
/// <remarks>Equality: equal when the id, type and domain are equal.</remarks>
public sealed record ClinicalTrialsGovSecondaryId(string Id, string? Type, string? Domain);

/// <summary>A MeSH descriptor the registry assigned to a record's conditions.</summary>
/// <param name="Id">The descriptor's id, such as <c>D000690</c>.</param>
/// <param name="Term">The descriptor's name, such as <c>Amyotrophic Lateral Sclerosis</c>.</param>
/// <remarks>Equality: equal when the id and term are equal.</remarks>
public sealed record ClinicalTrialsGovMeshTerm(string Id, string Term);

/// <summary>An arm of a ClinicalTrials.gov study: a group of participants and what they received.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class ClinicalTrialsGovArm
{
    /// <summary>Gets the arm's label, which interventions name it by.</summary>
    /// <value>A label such as <c>NurOwn</c>.</value>
    public required string Label { get; init; }

    /// <summary>Gets the arm's type.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.ArmGroupType"/>, such as <c>PLACEBO_COMPARATOR</c>, or null.</value>
    public string? Type { get; init; }

    /// <summary>Gets the arm's description.</summary>
    /// <value>Text, or null.</value>
    public string? Description { get; init; }

    /// <summary>Gets the interventions the arm received, as <c>Type: Name</c>.</summary>
    /// <value>Names such as <c>Biological: NurOwn</c>; empty when the record does not say (or, in the classic API, cannot tell which arm they belong to).</value>
    public ImmutableArray<string> InterventionNames { get; init; } = [];

    /// <summary>Returns the label.</summary>
    /// <returns><see cref="Label"/>.</returns>
    public override string ToString() => Label;
}

/// <summary>An intervention of a ClinicalTrials.gov study: a drug, biological, procedure or other treatment.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class ClinicalTrialsGovIntervention
{
    /// <summary>Gets the intervention's type.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.InterventionType"/>, such as <c>BIOLOGICAL</c>, or null.</value>
    public string? Type { get; init; }

    /// <summary>Gets the intervention's name.</summary>
    /// <value>A name such as <c>NurOwn® (MSC-NTF cells)</c>.</value>
    public required string Name { get; init; }

    /// <summary>Gets the intervention's description.</summary>
    /// <value>Text, or null.</value>
    public string? Description { get; init; }

    /// <summary>Gets the intervention's other names.</summary>
    /// <value>Names; empty when there are none.</value>
    public ImmutableArray<string> OtherNames { get; init; } = [];

    /// <summary>Gets the labels of the arms that received the intervention.</summary>
    /// <value>Arm labels; empty when the record does not say (or, in the classic API, cannot tell which intervention they belong to).</value>
    public ImmutableArray<string> ArmGroupLabels { get; init; } = [];

    /// <summary>Returns the type and name.</summary>
    /// <returns>Text such as <c>BIOLOGICAL: NurOwn</c>.</returns>
    public override string ToString() => Type is null ? Name : $"{Type}: {Name}";
}

/// <summary>An outcome measure a ClinicalTrials.gov study registered.</summary>
/// <param name="Measure">What is measured, in the sponsor's words.</param>
/// <param name="Description">More about the measure, or null.</param>
/// <param name="TimeFrame">When it is measured, in the sponsor's words (such as <c>6 months</c>), or null.</param>
/// <remarks>Equality: equal when the measure, description and time frame are equal.</remarks>
public sealed record ClinicalTrialsGovOutcome(string Measure, string? Description, string? TimeFrame);

/// <summary>Who could take part in a ClinicalTrials.gov study.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class ClinicalTrialsGovEligibility
{
    /// <summary>Gets the inclusion and exclusion criteria.</summary>
    /// <value>Text (Markdown in API v2), or null.</value>
    public string? Criteria { get; init; }

    /// <summary>Gets which sexes could take part.</summary>
    /// <value>A value of <see cref="ClinicalTrialsGovCodes.Sex"/>, such as <c>ALL</c>, or null.</value>
    public string? Sex { get; init; }

    /// <summary>Gets the minimum age.</summary>
    /// <value>The registry's text, such as <c>18 Years</c>, or null.</value>
    public string? MinimumAge { get; init; }

    /// <summary>Gets the maximum age.</summary>
    /// <value>The registry's text, such as <c>65 Years</c>, or null.</value>
    public string? MaximumAge { get; init; }

    /// <summary>Gets the standard age groups.</summary>
    /// <value>Values of <see cref="ClinicalTrialsGovCodes.StandardAge"/>, such as <c>ADULT</c>; empty when the record does not say.</value>
    public ImmutableArray<string> StandardAges { get; init; } = [];

    /// <summary>Gets a value indicating whether healthy volunteers could take part.</summary>
    /// <value><see langword="true"/> or <see langword="false"/>, or null when the record does not say.</value>
    public bool? HealthyVolunteers { get; init; }
}

/// <summary>A place where a ClinicalTrials.gov study ran.</summary>
/// <param name="Facility">The facility, or null.</param>
/// <param name="City">The city, or null.</param>
/// <param name="State">The state or region, or null.</param>
/// <param name="Country">The country, as the registry names it (such as <c>United States</c>), or null.</param>
/// <remarks>Equality: equal when every part is equal.</remarks>
public sealed record ClinicalTrialsGovLocation(string? Facility, string? City, string? State, string? Country);

/// <summary>A publication a ClinicalTrials.gov record cites.</summary>
/// <param name="Citation">The citation.</param>
/// <param name="Pmid">The PubMed id, or null.</param>
/// <param name="Type">A value of <see cref="ClinicalTrialsGovCodes.ReferenceType"/>, such as <c>RESULT</c>, or null.</param>
/// <remarks>Equality: equal when every part is equal.</remarks>
public sealed record ClinicalTrialsGovReference(string Citation, string? Pmid, string? Type);
