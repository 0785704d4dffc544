using System.Collections.Immutable;
using System.Text.Json;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// Each object's reader dispatches on its properties one line a property, as the table above it lists them.
#pragma warning disable IDE0011

/// <summary>A study in the document: its table, and how it is read and written.</summary>
internal static class StudyJson
{
    private static readonly JsonPropertyFormat Id = new("id", JsonValueFormat.Id, required: true);
    private static readonly JsonPropertyFormat Title = new("title", JsonValueFormat.Text, required: true);
    private static readonly JsonPropertyFormat Institutions = new("institutions", JsonValueFormat.List(JsonValueFormat.Object(InstitutionJson.Format)));
    private static readonly JsonPropertyFormat Disease = new("disease", JsonValueFormat.Term<Disease>(), required: true);
    private static readonly JsonPropertyFormat Courses = new("courses", JsonValueFormat.List(JsonValueFormat.Term<DiseaseCourse>()));
    private static readonly JsonPropertyFormat Phase = new("phase", JsonValueFormat.Term<TrialPhase>());
    private static readonly JsonPropertyFormat Status = new("status", JsonValueFormat.Term<StudyStatus>());
    private static readonly JsonPropertyFormat Designs = new("designs", JsonValueFormat.List(JsonValueFormat.Term<StudyDesign>()));
    private static readonly JsonPropertyFormat Enrollment = new("enrollment", JsonValueFormat.Integer(minimum: 0));
    private static readonly JsonPropertyFormat EnrollmentActuality = new("enrollmentActuality", JsonValueFormat.Actuality);
    private static readonly JsonPropertyFormat ReportedIn = new("reportedIn", JsonValueFormat.PartialDate);
    private static readonly JsonPropertyFormat StartDate = new("startDate", JsonValueFormat.PartialDate);
    private static readonly JsonPropertyFormat StartDateActuality = new("startDateActuality", JsonValueFormat.Actuality);
    private static readonly JsonPropertyFormat CompletionDate = new("completionDate", JsonValueFormat.PartialDate);
    private static readonly JsonPropertyFormat CompletionDateActuality = new("completionDateActuality", JsonValueFormat.Actuality);
    private static readonly JsonPropertyFormat RegistryIdentifiers = new("registryIdentifiers", JsonValueFormat.List(JsonValueFormat.Object(RegistryIdentifierJson.Format)));
    private static readonly JsonPropertyFormat Interventions = new("interventions", JsonValueFormat.List(JsonValueFormat.Object(InterventionJson.Format)));
    private static readonly JsonPropertyFormat OutcomeMeasures = new("outcomeMeasures", JsonValueFormat.List(JsonValueFormat.Term<OutcomeMeasure>(), unique: true));
    private static readonly JsonPropertyFormat ClinicalScales = new("clinicalScales", JsonValueFormat.List(JsonValueFormat.Term<ClinicalScale>(), unique: true));
    private static readonly JsonPropertyFormat Findings = new("findings", JsonValueFormat.List(JsonValueFormat.Object(FindingJson.Format)));
    private static readonly JsonPropertyFormat Mechanisms = new("mechanisms", JsonValueFormat.List(JsonValueFormat.Object(MechanismJson.Format)));
    private static readonly JsonPropertyFormat Safety = new("safety", JsonValueFormat.Object(SafetyJson.Format));
    private static readonly JsonPropertyFormat Evidence = new("evidence", JsonValueFormat.List(JsonValueFormat.Object(TermReferenceJson.EvidenceFormat)));
    private static readonly JsonPropertyFormat SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), required: true);
    private static readonly JsonPropertyFormat Notes = new("notes", JsonValueFormat.Text);

    internal static readonly JsonObjectFormat Format = new(
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

    internal static void Write(Utf8JsonWriter writer, Study study)
    {
        writer.WriteStartObject();
        DocumentWriter.String(writer, Id, study.Id);
        DocumentWriter.String(writer, Title, study.Title);
        DocumentWriter.List(writer, Institutions, study.Institutions, InstitutionJson.Write);
        DocumentWriter.Term(writer, Disease, study.Disease);
        DocumentWriter.Terms(writer, Courses, study.Courses);
        DocumentWriter.Term(writer, Phase, study.Phase);
        DocumentWriter.Term(writer, Status, study.Status);
        DocumentWriter.Terms(writer, Designs, study.Designs);
        DocumentWriter.Number(writer, Enrollment, study.Enrollment);
        DocumentWriter.Actuality(writer, EnrollmentActuality, study.EnrollmentActuality);
        DocumentWriter.Date(writer, ReportedIn, study.ReportedIn);
        DocumentWriter.Date(writer, StartDate, study.StartDate);
        DocumentWriter.Actuality(writer, StartDateActuality, study.StartDateActuality);
        DocumentWriter.Date(writer, CompletionDate, study.CompletionDate);
        DocumentWriter.Actuality(writer, CompletionDateActuality, study.CompletionDateActuality);
        DocumentWriter.List(writer, RegistryIdentifiers, study.RegistryIdentifiers, RegistryIdentifierJson.Write);
        DocumentWriter.List(writer, Interventions, study.Interventions, InterventionJson.Write);
        DocumentWriter.Terms(writer, OutcomeMeasures, study.OutcomeMeasures);
        DocumentWriter.Terms(writer, ClinicalScales, study.ClinicalScales);
        DocumentWriter.List(writer, Findings, study.Findings, FindingJson.Write);
        DocumentWriter.List(writer, Mechanisms, study.Mechanisms, MechanismJson.Write);
        DocumentWriter.Object(writer, Safety, study.Safety, SafetyJson.Write);
        DocumentWriter.List(writer, Evidence, study.Evidence, TermReferenceJson.WriteEvidence);
        DocumentWriter.Strings(writer, SourceIds, study.SourceIds);
        DocumentWriter.String(writer, Notes, study.Notes);
        writer.WriteEndObject();
    }
}

/// <summary>An institution that ran or reported a study.</summary>
internal static class InstitutionJson
{
    private static readonly JsonPropertyFormat Name = new("name", JsonValueFormat.Text, required: true);
    private static readonly JsonPropertyFormat Country = new("country", JsonValueFormat.Country);

    internal static readonly JsonObjectFormat Format = new("an institution", Name, Country);

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

    internal static void Write(Utf8JsonWriter writer, Institution institution)
    {
        writer.WriteStartObject();
        DocumentWriter.String(writer, Name, institution.Name);
        DocumentWriter.String(writer, Country, institution.Country);
        writer.WriteEndObject();
    }
}

/// <summary>A study's id in a registry.</summary>
internal static class RegistryIdentifierJson
{
    private static readonly JsonPropertyFormat Registry = new("registry", JsonValueFormat.Term<Registry>(), required: true);
    private static readonly JsonPropertyFormat Value = new("value", JsonValueFormat.Text, required: true);

    internal static readonly JsonObjectFormat Format = new("a registry identifier", Registry, Value);

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

    internal static void Write(Utf8JsonWriter writer, RegistryIdentifier identifier)
    {
        writer.WriteStartObject();
        DocumentWriter.Term(writer, Registry, identifier.Registry);
        DocumentWriter.String(writer, Value, identifier.Value);
        writer.WriteEndObject();
    }
}

/// <summary>A mechanism a source proposes for a study's effect.</summary>
internal static class MechanismJson
{
    private static readonly JsonPropertyFormat Mechanism = new("mechanism", JsonValueFormat.Term<Mechanism>(), required: true);
    private static readonly JsonPropertyFormat Quote = new("quote", JsonValueFormat.Text, required: true);

    internal static readonly JsonObjectFormat Format = new("a proposed mechanism", Mechanism, Quote);

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

    internal static void Write(Utf8JsonWriter writer, ProposedMechanism mechanism)
    {
        writer.WriteStartObject();
        DocumentWriter.Term(writer, Mechanism, mechanism.Mechanism);
        DocumentWriter.String(writer, Quote, mechanism.Quote);
        writer.WriteEndObject();
    }
}

/// <summary>What a study's sources say of its safety.</summary>
internal static class SafetyJson
{
    private static readonly JsonPropertyFormat SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), required: true);
    private static readonly JsonPropertyFormat Tolerability = new("tolerability", JsonValueFormat.Term<Tolerability>());
    private static readonly JsonPropertyFormat AdverseEvents = new("adverseEvents", JsonValueFormat.List(JsonValueFormat.Text));
    private static readonly JsonPropertyFormat Risks = new("risks", JsonValueFormat.List(JsonValueFormat.Text));
    private static readonly JsonPropertyFormat Quote = new("quote", JsonValueFormat.Text);

    internal static readonly JsonObjectFormat Format = new("a safety profile", SourceIds, Tolerability, AdverseEvents, Risks, Quote);

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

    internal static void Write(Utf8JsonWriter writer, SafetyProfile safety)
    {
        writer.WriteStartObject();
        DocumentWriter.Strings(writer, SourceIds, safety.SourceIds);
        DocumentWriter.Term(writer, Tolerability, safety.Tolerability);
        DocumentWriter.Strings(writer, AdverseEvents, safety.AdverseEvents);
        DocumentWriter.Strings(writer, Risks, safety.Risks);
        DocumentWriter.String(writer, Quote, safety.Quote);
        writer.WriteEndObject();
    }
}
