using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>A study in the document: its table, and how it is read and written.</summary>
internal static class StudyJson
{
    private static readonly JsonPropertyFormat<Study, string?> Id = new("id", JsonValueFormat.Id, s => s.Id, required: true);
    private static readonly JsonPropertyFormat<Study, string?> Title = new("title", JsonValueFormat.Text, s => s.Title, required: true);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<Institution>> Institutions = new("institutions", JsonValueFormat.List(JsonValueFormat.Object(InstitutionJson.Format)), s => s.Institutions);
    private static readonly JsonPropertyFormat<Study, Disease?> Disease = new("disease", JsonValueFormat.Term<Disease>(), s => s.Disease, required: true);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<DiseaseCourse>> Courses = new("courses", JsonValueFormat.List(JsonValueFormat.Term<DiseaseCourse>()), s => s.Courses);
    private static readonly JsonPropertyFormat<Study, TrialPhase?> Phase = new("phase", JsonValueFormat.Term<TrialPhase>(), s => s.Phase);
    private static readonly JsonPropertyFormat<Study, StudyStatus?> Status = new("status", JsonValueFormat.Term<StudyStatus>(), s => s.Status);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<StudyDesign>> Designs = new("designs", JsonValueFormat.List(JsonValueFormat.Term<StudyDesign>()), s => s.Designs);
    private static readonly JsonPropertyFormat<Study, int?> Enrollment = new("enrollment", JsonValueFormat.Integer(minimum: 0), s => s.Enrollment);
    private static readonly JsonPropertyFormat<Study, int?> EnrollmentActuality = new("enrollmentActuality", JsonValueFormat.Actuality, s => (int?)s.EnrollmentActuality) { Qualifies = Enrollment };
    private static readonly JsonPropertyFormat<Study, PartialDate?> ReportedIn = new("reportedIn", JsonValueFormat.PartialDate, s => s.ReportedIn);
    private static readonly JsonPropertyFormat<Study, PartialDate?> StartDate = new("startDate", JsonValueFormat.PartialDate, s => s.StartDate);
    private static readonly JsonPropertyFormat<Study, int?> StartDateActuality = new("startDateActuality", JsonValueFormat.Actuality, s => (int?)s.StartDateActuality) { Qualifies = StartDate };
    private static readonly JsonPropertyFormat<Study, PartialDate?> CompletionDate = new("completionDate", JsonValueFormat.PartialDate, s => s.CompletionDate);
    private static readonly JsonPropertyFormat<Study, int?> CompletionDateActuality = new("completionDateActuality", JsonValueFormat.Actuality, s => (int?)s.CompletionDateActuality) { Qualifies = CompletionDate };
    private static readonly JsonPropertyFormat<Study, ImmutableArray<RegistryIdentifier>> RegistryIdentifiers = new("registryIdentifiers", JsonValueFormat.List(JsonValueFormat.Object(RegistryIdentifierJson.Format)), s => s.RegistryIdentifiers);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<Intervention>> Interventions = new("interventions", JsonValueFormat.List(JsonValueFormat.Object(InterventionJson.Format)), s => s.Interventions);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<OutcomeMeasure>> OutcomeMeasures = new("outcomeMeasures", JsonValueFormat.List(JsonValueFormat.Term<OutcomeMeasure>(), unique: true), s => s.OutcomeMeasures);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<ClinicalScale>> ClinicalScales = new("clinicalScales", JsonValueFormat.List(JsonValueFormat.Term<ClinicalScale>(), unique: true), s => s.ClinicalScales);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<Finding>> Findings = new("findings", JsonValueFormat.List(JsonValueFormat.Object(FindingJson.Format)), s => s.Findings);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<ProposedMechanism>> Mechanisms = new("mechanisms", JsonValueFormat.List(JsonValueFormat.Object(MechanismJson.Format)), s => s.Mechanisms);
    private static readonly JsonPropertyFormat<Study, SafetyProfile?> Safety = new("safety", JsonValueFormat.Object(SafetyJson.Format), s => s.Safety);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<TermEvidence>> Evidence = new("evidence", JsonValueFormat.List(JsonValueFormat.Object(TermReferenceJson.EvidenceFormat)), s => s.Evidence);
    private static readonly JsonPropertyFormat<Study, ImmutableArray<string>> SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), s => s.SourceIds, required: true);
    private static readonly JsonPropertyFormat<Study, string?> Notes = new("notes", JsonValueFormat.Text, s => s.Notes);

    internal static readonly JsonObjectFormat<Study> Format = new(
        "a study",
        static (ref _, problems, v) => Study.Create(
            problems, v.Get(Id)!, v.Get(Title)!, v.Get(Disease)!, v.List(Institutions), v.List(Courses), v.Get(Phase), v.Get(Status), v.List(Designs),
            v.Get(Enrollment), (Actuality?)v.Get(EnrollmentActuality), v.Get(ReportedIn), v.Get(StartDate), (Actuality?)v.Get(StartDateActuality),
            v.Get(CompletionDate), (Actuality?)v.Get(CompletionDateActuality), v.List(RegistryIdentifiers), v.List(Interventions),
            v.List(OutcomeMeasures), v.List(ClinicalScales), v.List(Findings), v.List(Mechanisms), v.Get(Safety), v.List(Evidence),
            v.List(SourceIds), v.Get(Notes)),
        Id, Title, Institutions, Disease, Courses, Phase, Status, Designs, Enrollment, EnrollmentActuality, ReportedIn, StartDate,
        StartDateActuality, CompletionDate, CompletionDateActuality, RegistryIdentifiers, Interventions, OutcomeMeasures, ClinicalScales,
        Findings, Mechanisms, Safety, Evidence, SourceIds, Notes);
}

/// <summary>An institution that ran or reported a study.</summary>
internal static class InstitutionJson
{
    private static readonly JsonPropertyFormat<Institution, string?> Name = new("name", JsonValueFormat.Text, i => i.Name, required: true);
    private static readonly JsonPropertyFormat<Institution, string?> Country = new("country", JsonValueFormat.Country, i => i.Country);

    internal static readonly JsonObjectFormat<Institution> Format = new(
        "an institution", static (ref _, problems, v) => Institution.Create(problems, v.Get(Name)!, v.Get(Country)), Name, Country);
}

/// <summary>A study's id in a registry.</summary>
internal static class RegistryIdentifierJson
{
    private static readonly JsonPropertyFormat<RegistryIdentifier, Registry?> Registry = new("registry", JsonValueFormat.Term<Registry>(), r => r.Registry, required: true);
    private static readonly JsonPropertyFormat<RegistryIdentifier, string?> Value = new("value", JsonValueFormat.Text, r => r.Value, required: true);

    internal static readonly JsonObjectFormat<RegistryIdentifier> Format = new(
        "a registry identifier", static (ref _, problems, v) => RegistryIdentifier.Create(problems, v.Get(Registry)!, v.Get(Value)!), Registry, Value);
}

/// <summary>A mechanism a source proposes for a study's effect.</summary>
internal static class MechanismJson
{
    private static readonly JsonPropertyFormat<ProposedMechanism, Mechanism?> Mechanism = new("mechanism", JsonValueFormat.Term<Mechanism>(), m => m.Mechanism, required: true);
    private static readonly JsonPropertyFormat<ProposedMechanism, string?> Quote = new("quote", JsonValueFormat.Text, m => m.Quote, required: true);

    internal static readonly JsonObjectFormat<ProposedMechanism> Format = new(
        "a proposed mechanism", static (ref _, problems, v) => ProposedMechanism.Create(problems, v.Get(Mechanism)!, v.Get(Quote)!), Mechanism, Quote);
}

/// <summary>What a study's sources say of its safety.</summary>
internal static class SafetyJson
{
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), s => s.SourceIds, required: true);
    private static readonly JsonPropertyFormat<SafetyProfile, Tolerability?> Tolerability = new("tolerability", JsonValueFormat.Term<Tolerability>(), s => s.Tolerability);
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> AdverseEvents = new("adverseEvents", JsonValueFormat.List(JsonValueFormat.Text), s => s.AdverseEvents);
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> Risks = new("risks", JsonValueFormat.List(JsonValueFormat.Text), s => s.Risks);
    private static readonly JsonPropertyFormat<SafetyProfile, string?> Quote = new("quote", JsonValueFormat.Text, s => s.Quote);

    internal static readonly JsonObjectFormat<SafetyProfile> Format = new(
        "a safety profile",
        static (ref _, problems, v) => SafetyProfile.Create(problems, v.List(SourceIds), v.Get(Tolerability), v.List(AdverseEvents), v.List(Risks), v.Get(Quote)),
        SourceIds, Tolerability, AdverseEvents, Risks, Quote);
}
