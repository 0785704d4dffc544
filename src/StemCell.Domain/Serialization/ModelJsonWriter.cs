using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Writes the model as the dataset document's JSON, straight onto a <see cref="Utf8JsonWriter"/>: property for
/// property what the wire shapes (<c>Wire/WireTypes.cs</c>) declare, in their order, leaving out nulls and empty
/// lists, so the bytes are exactly those the format specifies.
/// </summary>
/// <remarks>
/// Writing goes straight from the model because a copy into the wire shapes first cost a second object graph per
/// document (a third more allocation, and more time, than the plain-POCO baseline; see the benchmarks' README).
/// Reading still goes through the wire shapes, where System.Text.Json enforces the format's strictness rules.
/// The round-trip, snapshot and property tests hold the two to the same bytes.
/// </remarks>
internal static class ModelJsonWriter
{
    private static readonly JsonEncodedText FormatVersionName = JsonEncodedText.Encode("formatVersion");
    private static readonly JsonEncodedText SourcesName = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText StudiesName = JsonEncodedText.Encode("studies");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText EvidenceKindName = JsonEncodedText.Encode("evidenceKind");
    private static readonly JsonEncodedText PublisherName = JsonEncodedText.Encode("publisher");
    private static readonly JsonEncodedText AuthorsName = JsonEncodedText.Encode("authors");
    private static readonly JsonEncodedText PublicationDateName = JsonEncodedText.Encode("publicationDate");
    private static readonly JsonEncodedText LocatorName = JsonEncodedText.Encode("locator");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ClaimsName = JsonEncodedText.Encode("claims");
    private static readonly JsonEncodedText VocabularyName = JsonEncodedText.Encode("vocabulary");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText QuoteName = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText NotesName = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText InstitutionsName = JsonEncodedText.Encode("institutions");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText DiseaseName = JsonEncodedText.Encode("disease");
    private static readonly JsonEncodedText CoursesName = JsonEncodedText.Encode("courses");
    private static readonly JsonEncodedText PhaseName = JsonEncodedText.Encode("phase");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText DesignsName = JsonEncodedText.Encode("designs");
    private static readonly JsonEncodedText EnrollmentName = JsonEncodedText.Encode("enrollment");
    private static readonly JsonEncodedText EnrollmentActualityName = JsonEncodedText.Encode("enrollmentActuality");
    private static readonly JsonEncodedText StartDateActualityName = JsonEncodedText.Encode("startDateActuality");
    private static readonly JsonEncodedText CompletionDateActualityName = JsonEncodedText.Encode("completionDateActuality");
    private static readonly JsonEncodedText ReportedInName = JsonEncodedText.Encode("reportedIn");
    private static readonly JsonEncodedText StartDateName = JsonEncodedText.Encode("startDate");
    private static readonly JsonEncodedText CompletionDateName = JsonEncodedText.Encode("completionDate");
    private static readonly JsonEncodedText RegistryIdentifiersName = JsonEncodedText.Encode("registryIdentifiers");
    private static readonly JsonEncodedText RegistryName = JsonEncodedText.Encode("registry");
    private static readonly JsonEncodedText InterventionsName = JsonEncodedText.Encode("interventions");
    private static readonly JsonEncodedText StemCellTypeName = JsonEncodedText.Encode("stemCellType");
    private static readonly JsonEncodedText TissueSourceName = JsonEncodedText.Encode("tissueSource");
    private static readonly JsonEncodedText DonorOriginName = JsonEncodedText.Encode("donorOrigin");
    private static readonly JsonEncodedText DeliveryRoutesName = JsonEncodedText.Encode("deliveryRoutes");
    private static readonly JsonEncodedText ConditioningRegimenName = JsonEncodedText.Encode("conditioningRegimen");
    private static readonly JsonEncodedText DoseName = JsonEncodedText.Encode("dose");
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText NumberOfAdministrationsName = JsonEncodedText.Encode("numberOfAdministrations");
    private static readonly JsonEncodedText OutcomeMeasuresName = JsonEncodedText.Encode("outcomeMeasures");
    private static readonly JsonEncodedText ClinicalScalesName = JsonEncodedText.Encode("clinicalScales");
    private static readonly JsonEncodedText FindingsName = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText OutcomeMeasureName = JsonEncodedText.Encode("outcomeMeasure");
    private static readonly JsonEncodedText DirectionName = JsonEncodedText.Encode("direction");
    private static readonly JsonEncodedText PopulationName = JsonEncodedText.Encode("population");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText SourceIdsName = JsonEncodedText.Encode("sourceIds");
    private static readonly JsonEncodedText ResultName = JsonEncodedText.Encode("result");
    private static readonly JsonEncodedText TimeFrameName = JsonEncodedText.Encode("timeFrame");
    private static readonly JsonEncodedText NumeratorName = JsonEncodedText.Encode("numerator");
    private static readonly JsonEncodedText DenominatorName = JsonEncodedText.Encode("denominator");
    private static readonly JsonEncodedText ScaleName = JsonEncodedText.Encode("scale");
    private static readonly JsonEncodedText ScoreName = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText ChangeName = JsonEncodedText.Encode("change");
    private static readonly JsonEncodedText EstimateName = JsonEncodedText.Encode("estimate");
    private static readonly JsonEncodedText ConfidenceIntervalName = JsonEncodedText.Encode("confidenceInterval");
    private static readonly JsonEncodedText LowerName = JsonEncodedText.Encode("lower");
    private static readonly JsonEncodedText UpperName = JsonEncodedText.Encode("upper");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText MechanismsName = JsonEncodedText.Encode("mechanisms");
    private static readonly JsonEncodedText MechanismName = JsonEncodedText.Encode("mechanism");
    private static readonly JsonEncodedText SafetyName = JsonEncodedText.Encode("safety");
    private static readonly JsonEncodedText TolerabilityName = JsonEncodedText.Encode("tolerability");
    private static readonly JsonEncodedText AdverseEventsName = JsonEncodedText.Encode("adverseEvents");
    private static readonly JsonEncodedText RisksName = JsonEncodedText.Encode("risks");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText SourceIdName = JsonEncodedText.Encode("sourceId");

    private static readonly JsonEncodedText UrlKind = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText DoiKind = JsonEncodedText.Encode("doi");
    private static readonly JsonEncodedText AllParticipantsKind = JsonEncodedText.Encode("all-participants");
    private static readonly JsonEncodedText SubgroupKind = JsonEncodedText.Encode("subgroup");
    private static readonly JsonEncodedText ProportionKind = JsonEncodedText.Encode("proportion");
    private static readonly JsonEncodedText ScaleScoreKind = JsonEncodedText.Encode("scale-score");
    private static readonly JsonEncodedText ScaleChangeKind = JsonEncodedText.Encode("scale-change");
    private static readonly JsonEncodedText HazardRatioKind = JsonEncodedText.Encode("hazard-ratio");
    private static readonly JsonEncodedText ActualCode = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText EstimatedCode = JsonEncodedText.Encode("estimated");

    /// <summary>The layout of a document this library writes: two-space indents and <c>\n</c>, on every platform.</summary>
    /// <remarks>
    /// The writer's structural checks are off, as System.Text.Json's serializer turns them off for its own writers:
    /// this class writes every object and array it opens and closes, and the round-trip tests read back all it writes.
    /// </remarks>
    internal static readonly JsonWriterOptions DocumentOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
        SkipValidation = true,
    };

    /// <summary>Writes a whole document: <c>formatVersion</c>, then <c>sources</c>, then <c>studies</c>.</summary>
    internal static void WriteDataset(Utf8JsonWriter writer, EvidenceDataset dataset, string formatVersion)
    {
        WriteDatasetStart(writer, dataset, formatVersion);
        foreach (var study in dataset.Studies)
        {
            WriteStudy(writer, study);
        }

        WriteDatasetEnd(writer);
    }

    /// <summary>Writes a document up to its first study; <see cref="WriteDatasetEnd"/> closes it.</summary>
    internal static void WriteDatasetStart(Utf8JsonWriter writer, EvidenceDataset dataset, string formatVersion)
    {
        writer.WriteStartObject();
        writer.WriteString(FormatVersionName, formatVersion);

        // Unlike every other list, a document's two lists are written even when empty: they are its contents.
        writer.WriteStartArray(SourcesName);
        foreach (var source in dataset.Sources)
        {
            WriteSource(writer, source);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(StudiesName);
    }

    /// <summary>Closes a document <see cref="WriteDatasetStart"/> opened.</summary>
    internal static void WriteDatasetEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, source.Id);
        writer.WriteString(TitleName, source.Title);
        WriteTerm(writer, EvidenceKindName, source.EvidenceKind);
        WriteString(writer, PublisherName, source.Publisher);
        WriteStrings(writer, AuthorsName, source.Authors);
        WriteDate(writer, PublicationDateName, source.PublicationDate);
        if (source.Locator is { } locator)
        {
            writer.WritePropertyName(LocatorName);
            WriteLocator(writer, locator);
        }

        WriteArray(writer, ClaimsName, source.Claims, WriteClaim);
        WriteString(writer, NotesName, source.Notes);
        writer.WriteEndObject();
    }

    internal static void WriteStudy(Utf8JsonWriter writer, Study study)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, study.Id);
        writer.WriteString(TitleName, study.Title);
        WriteArray(writer, InstitutionsName, study.Institutions, WriteInstitution);
        WriteTerm(writer, DiseaseName, study.Disease);
        WriteTerms(writer, CoursesName, study.Courses);
        WriteTerm(writer, PhaseName, study.Phase);
        WriteTerm(writer, StatusName, study.Status);
        WriteTerms(writer, DesignsName, study.Designs);
        WriteNumber(writer, EnrollmentName, study.Enrollment);
        WriteActuality(writer, EnrollmentActualityName, study.EnrollmentActuality);
        WriteDate(writer, ReportedInName, study.ReportedIn);
        WriteDate(writer, StartDateName, study.StartDate);
        WriteActuality(writer, StartDateActualityName, study.StartDateActuality);
        WriteDate(writer, CompletionDateName, study.CompletionDate);
        WriteActuality(writer, CompletionDateActualityName, study.CompletionDateActuality);
        WriteArray(writer, RegistryIdentifiersName, study.RegistryIdentifiers, WriteRegistryIdentifier);
        WriteArray(writer, InterventionsName, study.Interventions, WriteIntervention);
        WriteTerms(writer, OutcomeMeasuresName, study.OutcomeMeasures);
        WriteTerms(writer, ClinicalScalesName, study.ClinicalScales);
        WriteArray(writer, FindingsName, study.Findings, WriteFinding);
        WriteArray(writer, MechanismsName, study.Mechanisms, WriteMechanism);
        if (study.Safety is { } safety)
        {
            writer.WritePropertyName(SafetyName);
            WriteSafety(writer, safety);
        }

        WriteArray(writer, EvidenceName, study.Evidence, WriteEvidence);
        WriteStrings(writer, SourceIdsName, study.SourceIds);
        WriteString(writer, NotesName, study.Notes);
        writer.WriteEndObject();
    }

    internal static void WriteLocator(Utf8JsonWriter writer, SourceLocator locator)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, locator.Kind == SourceLocatorKind.Doi ? DoiKind : UrlKind);
        writer.WriteString(ValueName, locator.Value);
        writer.WriteEndObject();
    }

    internal static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteString(VocabularyName, claim.Term.VocabularyName);
        writer.WriteString(CodeName, claim.Term.Code);
        writer.WriteString(QuoteName, claim.Quote);
        writer.WriteEndObject();
    }

    internal static void WriteEvidence(Utf8JsonWriter writer, TermEvidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString(VocabularyName, evidence.Term.VocabularyName);
        writer.WriteString(CodeName, evidence.Term.Code);
        writer.WriteString(FieldName, evidence.Field);
        writer.WriteString(QuoteName, evidence.Quote);
        writer.WriteString(SourceIdName, evidence.SourceId);
        writer.WriteEndObject();
    }

    internal static void WriteInstitution(Utf8JsonWriter writer, Institution institution)
    {
        writer.WriteStartObject();
        writer.WriteString(NameName, institution.Name);
        WriteString(writer, CountryName, institution.Country);
        writer.WriteEndObject();
    }

    internal static void WriteRegistryIdentifier(Utf8JsonWriter writer, RegistryIdentifier identifier)
    {
        writer.WriteStartObject();
        WriteTerm(writer, RegistryName, identifier.Registry);
        writer.WriteString(ValueName, identifier.Value);
        writer.WriteEndObject();
    }

    internal static void WriteMechanism(Utf8JsonWriter writer, ProposedMechanism mechanism)
    {
        writer.WriteStartObject();
        WriteTerm(writer, MechanismName, mechanism.Mechanism);
        writer.WriteString(QuoteName, mechanism.Quote);
        writer.WriteEndObject();
    }

    internal static void WriteSafety(Utf8JsonWriter writer, SafetyProfile safety)
    {
        writer.WriteStartObject();
        WriteStrings(writer, SourceIdsName, safety.SourceIds);
        WriteTerm(writer, TolerabilityName, safety.Tolerability);
        WriteStrings(writer, AdverseEventsName, safety.AdverseEvents);
        WriteStrings(writer, RisksName, safety.Risks);
        WriteString(writer, QuoteName, safety.Quote);
        writer.WriteEndObject();
    }

    internal static void WriteDose(Utf8JsonWriter writer, Dose dose)
    {
        writer.WriteStartObject();
        writer.WriteNumber(AmountName, dose.Amount);
        WriteTerm(writer, UnitName, dose.Unit);
        writer.WriteEndObject();
    }

    internal static void WritePopulation(Utf8JsonWriter writer, Population population)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, population.IsAllParticipants ? AllParticipantsKind : SubgroupKind);
        WriteString(writer, DescriptionName, population.Description);
        writer.WriteEndObject();
    }

    internal static void WriteConfidenceInterval(Utf8JsonWriter writer, ConfidenceInterval interval)
    {
        writer.WriteStartObject();
        writer.WriteNumber(LowerName, interval.Lower);
        writer.WriteNumber(UpperName, interval.Upper);
        writer.WriteNumber(LevelName, interval.Level);
        writer.WriteEndObject();
    }

    internal static void WriteIntervention(Utf8JsonWriter writer, Intervention intervention)
    {
        writer.WriteStartObject();
        WriteTerm(writer, StemCellTypeName, intervention.StemCellType);
        WriteTerm(writer, TissueSourceName, intervention.TissueSource);
        WriteTerm(writer, DonorOriginName, intervention.DonorOrigin);
        WriteTerms(writer, DeliveryRoutesName, intervention.DeliveryRoutes);
        WriteString(writer, ConditioningRegimenName, intervention.ConditioningRegimen);
        if (intervention.Dose is { } dose)
        {
            writer.WritePropertyName(DoseName);
            WriteDose(writer, dose);
        }

        WriteNumber(writer, NumberOfAdministrationsName, intervention.NumberOfAdministrations);
        writer.WriteEndObject();
    }

    internal static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        WriteTerm(writer, OutcomeMeasureName, finding.OutcomeMeasure);
        WriteTerm(writer, DirectionName, finding.Direction);
        writer.WritePropertyName(PopulationName);
        WritePopulation(writer, finding.Population);
        writer.WriteString(QuoteName, finding.Quote);
        WriteStrings(writer, SourceIdsName, finding.SourceIds);
        if (finding.Result is { } result)
        {
            writer.WritePropertyName(ResultName);
            WriteResult(writer, result);
        }

        if (finding.TimeFrame is { } timeFrame)
        {
            WritePeriod(writer, TimeFrameName, timeFrame);
        }

        writer.WriteEndObject();
    }

    internal static void WriteResult(Utf8JsonWriter writer, QuantitativeResult result)
    {
        writer.WriteStartObject();
        switch (result)
        {
            case Proportion p:
                writer.WriteString(KindName, ProportionKind);
                writer.WriteNumber(ValueName, p.Value);
                WriteNumber(writer, NumeratorName, p.Numerator);
                WriteNumber(writer, DenominatorName, p.Denominator);
                break;
            case ScaleScore s:
                writer.WriteString(KindName, ScaleScoreKind);
                WriteTerm(writer, ScaleName, s.Scale);
                writer.WriteNumber(ScoreName, s.Score);
                break;
            case ScaleChange c:
                writer.WriteString(KindName, ScaleChangeKind);
                WriteTerm(writer, ScaleName, c.Scale);
                writer.WriteNumber(ChangeName, c.Change);
                break;
            case HazardRatio h:
                writer.WriteString(KindName, HazardRatioKind);
                writer.WriteNumber(EstimateName, h.Estimate);
                if (h.ConfidenceInterval is { } interval)
                {
                    writer.WritePropertyName(ConfidenceIntervalName);
                    WriteConfidenceInterval(writer, interval);
                }

                break;
            default:
                throw new InvalidOperationException($"No JSON form for the result kind {result.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    private static void WriteTerm<TTerm>(Utf8JsonWriter writer, JsonEncodedText name, TTerm? term)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        if (term is not null)
        {
            writer.WriteString(name, VocabularyTermJsonConverter<TTerm>.EncodedCodes[term]);
        }
    }

    private static void WriteTerms<TTerm>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<TTerm> terms)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        if (terms.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var term in terms)
        {
            writer.WriteStringValue(VocabularyTermJsonConverter<TTerm>.EncodedCodes[term]);
        }

        writer.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteActuality(Utf8JsonWriter writer, JsonEncodedText name, Actuality? actuality)
    {
        if (actuality is { } value)
        {
            writer.WriteString(name, value == Actuality.Estimated ? EstimatedCode : ActualCode);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, PartialDate? date)
    {
        if (date is { } value)
        {
            writer.WritePropertyName(name);
            PartialDateJsonConverter.WriteValue(writer, value);
        }
    }

    private static void WritePeriod(Utf8JsonWriter writer, JsonEncodedText name, Period period)
    {
        writer.WritePropertyName(name);
        PeriodJsonConverter.WritePeriod(writer, period);
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
