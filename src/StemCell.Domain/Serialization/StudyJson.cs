using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// Each object's reader dispatches on its properties one line a property, as the table above it lists them.
#pragma warning disable IDE0011

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
        Id, Title, Institutions, Disease, Courses, Phase, Status, Designs, Enrollment, EnrollmentActuality, ReportedIn, StartDate,
        StartDateActuality, CompletionDate, CompletionDateActuality, RegistryIdentifiers, Interventions, OutcomeMeasures, ClinicalScales,
        Findings, Mechanisms, Safety, Evidence, SourceIds, Notes);

    internal static Study? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        string? id = null, title = null, notes = null;
        Disease? disease = null;
        TrialPhase? phase = null;
        StudyStatus? status = null;
        int? enrollment = null;
        int? enrollmentActuality = null, startDateActuality = null, completionDateActuality = null;
        PartialDate? reportedIn = null, startDate = null, completionDate = null;
        ImmutableArray<Institution>? institutions = null;
        ImmutableArray<DiseaseCourse>? courses = null;
        ImmutableArray<StudyDesign>? designs = null;
        ImmutableArray<RegistryIdentifier>? registryIdentifiers = null;
        ImmutableArray<Intervention>? interventions = null;
        ImmutableArray<OutcomeMeasure>? outcomeMeasures = null;
        ImmutableArray<ClinicalScale>? clinicalScales = null;
        ImmutableArray<Finding>? findings = null;
        ImmutableArray<ProposedMechanism>? mechanisms = null;
        SafetyProfile? safety = null;
        ImmutableArray<TermEvidence>? evidence = null;
        ImmutableArray<string>? sourceIds = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Id) id = r.ReadString();
            else if (p == Title) title = r.ReadString();
            else if (p == Institutions) institutions = r.ReadList(InstitutionJson.Read);
            else if (p == Disease) disease = r.ReadTerm<Disease>();
            else if (p == Courses) courses = r.ReadTerms<DiseaseCourse>();
            else if (p == Phase) phase = r.ReadTerm<TrialPhase>();
            else if (p == Status) status = r.ReadTerm<StudyStatus>();
            else if (p == Designs) designs = r.ReadTerms<StudyDesign>();
            else if (p == Enrollment) enrollment = r.ReadInt32();
            else if (p == EnrollmentActuality) enrollmentActuality = r.ReadChoice(JsonValueFormat.Actuality);
            else if (p == ReportedIn) reportedIn = r.ReadPartialDate();
            else if (p == StartDate) startDate = r.ReadPartialDate();
            else if (p == StartDateActuality) startDateActuality = r.ReadChoice(JsonValueFormat.Actuality);
            else if (p == CompletionDate) completionDate = r.ReadPartialDate();
            else if (p == CompletionDateActuality) completionDateActuality = r.ReadChoice(JsonValueFormat.Actuality);
            else if (p == RegistryIdentifiers) registryIdentifiers = r.ReadList(RegistryIdentifierJson.Read);
            else if (p == Interventions) interventions = r.ReadList(InterventionJson.Read);
            else if (p == OutcomeMeasures) outcomeMeasures = r.ReadTerms<OutcomeMeasure>();
            else if (p == ClinicalScales) clinicalScales = r.ReadTerms<ClinicalScale>();
            else if (p == Findings) findings = r.ReadList(FindingJson.Read);
            else if (p == Mechanisms) mechanisms = r.ReadList(MechanismJson.Read);
            else if (p == Safety) safety = SafetyJson.Read(ref r);
            else if (p == Evidence) evidence = r.ReadList(TermReferenceJson.ReadEvidence);
            else if (p == SourceIds) sourceIds = r.ReadStrings();
            else if (p == Notes) notes = r.ReadString();
        }

        return id is null || title is null || disease is null
            ? null
            : r.Built(Study.Create(
                r.Building(ref o), id, title, disease, institutions, courses, phase, status, designs, enrollment, (Actuality?)enrollmentActuality,
                reportedIn, startDate, (Actuality?)startDateActuality, completionDate, (Actuality?)completionDateActuality, registryIdentifiers,
                interventions, outcomeMeasures, clinicalScales, findings, mechanisms, safety, evidence, sourceIds, notes));
    }
}

/// <summary>An institution that ran or reported a study.</summary>
internal static class InstitutionJson
{
    private static readonly JsonPropertyFormat<Institution, string?> Name = new("name", JsonValueFormat.Text, i => i.Name, required: true);
    private static readonly JsonPropertyFormat<Institution, string?> Country = new("country", JsonValueFormat.Country, i => i.Country);

    internal static readonly JsonObjectFormat<Institution> Format = new("an institution", Name, Country);

    internal static Institution? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        string? name = null, country = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Name) name = r.ReadString();
            else if (p == Country) country = r.ReadString();
        }

        return name is null ? null : r.Built(Institution.Create(r.Building(ref o), name, country));
    }
}

/// <summary>A study's id in a registry.</summary>
internal static class RegistryIdentifierJson
{
    private static readonly JsonPropertyFormat<RegistryIdentifier, Registry?> Registry = new("registry", JsonValueFormat.Term<Registry>(), r => r.Registry, required: true);
    private static readonly JsonPropertyFormat<RegistryIdentifier, string?> Value = new("value", JsonValueFormat.Text, r => r.Value, required: true);

    internal static readonly JsonObjectFormat<RegistryIdentifier> Format = new("a registry identifier", Registry, Value);

    internal static RegistryIdentifier? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        Registry? registry = null;
        string? value = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Registry) registry = r.ReadTerm<Registry>();
            else if (p == Value) value = r.ReadString();
        }

        return registry is null || value is null ? null : r.Built(RegistryIdentifier.Create(r.Building(ref o), registry, value));
    }
}

/// <summary>A mechanism a source proposes for a study's effect.</summary>
internal static class MechanismJson
{
    private static readonly JsonPropertyFormat<ProposedMechanism, Mechanism?> Mechanism = new("mechanism", JsonValueFormat.Term<Mechanism>(), m => m.Mechanism, required: true);
    private static readonly JsonPropertyFormat<ProposedMechanism, string?> Quote = new("quote", JsonValueFormat.Text, m => m.Quote, required: true);

    internal static readonly JsonObjectFormat<ProposedMechanism> Format = new("a proposed mechanism", Mechanism, Quote);

    internal static ProposedMechanism? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        Mechanism? mechanism = null;
        string? quote = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Mechanism) mechanism = r.ReadTerm<Mechanism>();
            else if (p == Quote) quote = r.ReadString();
        }

        return mechanism is null || quote is null ? null : r.Built(ProposedMechanism.Create(r.Building(ref o), mechanism, quote));
    }
}

/// <summary>What a study's sources say of its safety.</summary>
internal static class SafetyJson
{
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), s => s.SourceIds, required: true);
    private static readonly JsonPropertyFormat<SafetyProfile, Tolerability?> Tolerability = new("tolerability", JsonValueFormat.Term<Tolerability>(), s => s.Tolerability);
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> AdverseEvents = new("adverseEvents", JsonValueFormat.List(JsonValueFormat.Text), s => s.AdverseEvents);
    private static readonly JsonPropertyFormat<SafetyProfile, ImmutableArray<string>> Risks = new("risks", JsonValueFormat.List(JsonValueFormat.Text), s => s.Risks);
    private static readonly JsonPropertyFormat<SafetyProfile, string?> Quote = new("quote", JsonValueFormat.Text, s => s.Quote);

    internal static readonly JsonObjectFormat<SafetyProfile> Format = new("a safety profile", SourceIds, Tolerability, AdverseEvents, Risks, Quote);

    internal static SafetyProfile? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        ImmutableArray<string>? sourceIds = null, adverseEvents = null, risks = null;
        Tolerability? tolerability = null;
        string? quote = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == SourceIds) sourceIds = r.ReadStrings();
            else if (p == Tolerability) tolerability = r.ReadTerm<Tolerability>();
            else if (p == AdverseEvents) adverseEvents = r.ReadStrings();
            else if (p == Risks) risks = r.ReadStrings();
            else if (p == Quote) quote = r.ReadString();
        }

        return r.Built(SafetyProfile.Create(r.Building(ref o), sourceIds, tolerability, adverseEvents, risks, quote));
    }
}
