using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization.Wire;

// The document format, property for property. System.Text.Json reads these shapes strictly (required and
// unknown properties, duplicates, types, nulls) and reports each failure with its path, line and position;
// WireMapper then turns them into the validated model, collecting every remaining problem. Nothing outside
// the Serialization namespace sees these types.
// Lists are declared non-nullable but left null when absent: an absent list is an empty one, while an explicit
// null is rejected by RespectNullableAnnotations ("Expected a value for 'studies', but found null"), as the
// format never writes one and the schema does not allow one.
#pragma warning disable CA1002, CA2227 // Settable lists are the wire shapes System.Text.Json fills; they never leave this namespace.

internal sealed class DatasetWire
{
    [JsonRequired]
    public string FormatVersion { get; set; } = null!;

    public List<SourceWire> Sources { get; set; } = null!;

    public List<StudyWire> Studies { get; set; } = null!;
}

internal sealed class SourceWire
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public EvidenceKind EvidenceKind { get; set; } = null!;

    public string? Publisher { get; set; }

    public List<string> Authors { get; set; } = null!;

    public PartialDate? PublicationDate { get; set; }

    public LocatorWire? Locator { get; set; }

    public List<ClaimWire> Claims { get; set; } = null!;

    public string? Notes { get; set; }
}

internal sealed class LocatorWire
{
    [JsonRequired]
    public LocatorKindWire Kind { get; set; }

    [JsonRequired]
    public string Value { get; set; } = null!;
}

[JsonConverter(typeof(StringOnlyEnumConverter<LocatorKindWire>))]
internal enum LocatorKindWire
{
    [JsonStringEnumMemberName("url")]
    Url,

    [JsonStringEnumMemberName("doi")]
    Doi,
}

/// <summary>Reads and writes an <see cref="Actuality"/> as its code, <c>"actual"</c> or <c>"estimated"</c>, and by its name only.</summary>
internal sealed class ActualityJsonConverter() : JsonStringEnumConverter<Actuality>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);

/// <summary>
/// Reads an enum of the format by its name only. System.Text.Json's default also accepts a number (<c>"kind": 1</c>)
/// or a numeric string, even one that names no member, which the format does not allow.
/// </summary>
internal sealed class StringOnlyEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;

internal sealed class ClaimWire
{
    [JsonRequired]
    public string Vocabulary { get; set; } = null!;

    [JsonRequired]
    public string Code { get; set; } = null!;

    [JsonRequired]
    public string Quote { get; set; } = null!;
}

internal sealed class StudyWire
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public string Title { get; set; } = null!;

    public List<InstitutionWire> Institutions { get; set; } = null!;

    [JsonRequired]
    public Disease Disease { get; set; } = null!;

    public List<DiseaseCourse> Courses { get; set; } = null!;

    public TrialPhase? Phase { get; set; }

    public StudyStatus? Status { get; set; }

    public List<StudyDesign> Designs { get; set; } = null!;

    public int? Enrollment { get; set; }

    public Actuality? EnrollmentActuality { get; set; }

    public PartialDate? ReportedIn { get; set; }

    public PartialDate? StartDate { get; set; }

    public Actuality? StartDateActuality { get; set; }

    public PartialDate? CompletionDate { get; set; }

    public Actuality? CompletionDateActuality { get; set; }

    public List<RegistryIdentifierWire> RegistryIdentifiers { get; set; } = null!;

    public List<InterventionWire> Interventions { get; set; } = null!;

    public List<OutcomeMeasure> OutcomeMeasures { get; set; } = null!;

    public List<ClinicalScale> ClinicalScales { get; set; } = null!;

    public List<FindingWire> Findings { get; set; } = null!;

    public List<ProposedMechanismWire> Mechanisms { get; set; } = null!;

    public SafetyWire? Safety { get; set; }

    public List<EvidenceWire> Evidence { get; set; } = null!;

    public List<string> SourceIds { get; set; } = null!;

    public string? Notes { get; set; }
}

internal sealed class EvidenceWire
{
    [JsonRequired]
    public string Vocabulary { get; set; } = null!;

    [JsonRequired]
    public string Code { get; set; } = null!;

    [JsonRequired]
    public string Field { get; set; } = null!;

    [JsonRequired]
    public string Quote { get; set; } = null!;

    [JsonRequired]
    public string SourceId { get; set; } = null!;
}

internal sealed class InstitutionWire
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? Country { get; set; }
}

internal sealed class RegistryIdentifierWire
{
    [JsonRequired]
    public Registry Registry { get; set; } = null!;

    [JsonRequired]
    public string Value { get; set; } = null!;
}

internal sealed class InterventionWire
{
    public StemCellType? StemCellType { get; set; }

    public TissueSource? TissueSource { get; set; }

    public DonorOrigin? DonorOrigin { get; set; }

    /// <summary>Format 1.0's single route, still read (as a list of one); never written.</summary>
    public DeliveryRoute? DeliveryRoute { get; set; }

    public List<DeliveryRoute> DeliveryRoutes { get; set; } = null!;

    public string? ConditioningRegimen { get; set; }

    public DoseWire? Dose { get; set; }

    public int? NumberOfAdministrations { get; set; }
}

internal sealed class DoseWire
{
    [JsonRequired]
    public decimal Amount { get; set; }

    [JsonRequired]
    public DoseUnit Unit { get; set; } = null!;
}

internal sealed class FindingWire
{
    [JsonRequired]
    public OutcomeMeasure OutcomeMeasure { get; set; } = null!;

    [JsonRequired]
    public OutcomeDirection Direction { get; set; } = null!;

    [JsonRequired]
    public PopulationWire Population { get; set; } = null!;

    [JsonRequired]
    public string Quote { get; set; } = null!;

    public List<string> SourceIds { get; set; } = null!;

    public ResultWire? Result { get; set; }

    public Period? TimeFrame { get; set; }
}

internal sealed class PopulationWire
{
    [JsonRequired]
    public PopulationKindWire Kind { get; set; }

    public string? Description { get; set; }
}

[JsonConverter(typeof(StringOnlyEnumConverter<PopulationKindWire>))]
internal enum PopulationKindWire
{
    [JsonStringEnumMemberName("all-participants")]
    AllParticipants,

    [JsonStringEnumMemberName("subgroup")]
    Subgroup,
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ProportionWire), "proportion")]
[JsonDerivedType(typeof(ScaleScoreWire), "scale-score")]
[JsonDerivedType(typeof(ScaleChangeWire), "scale-change")]
[JsonDerivedType(typeof(HazardRatioWire), "hazard-ratio")]
internal abstract class ResultWire
{
}

internal sealed class ProportionWire : ResultWire
{
    [JsonRequired]
    public decimal Value { get; set; }

    public int? Numerator { get; set; }

    public int? Denominator { get; set; }
}

internal sealed class ScaleScoreWire : ResultWire
{
    [JsonRequired]
    public ClinicalScale Scale { get; set; } = null!;

    [JsonRequired]
    public decimal Score { get; set; }
}

internal sealed class ScaleChangeWire : ResultWire
{
    [JsonRequired]
    public ClinicalScale Scale { get; set; } = null!;

    [JsonRequired]
    public decimal Change { get; set; }
}

internal sealed class HazardRatioWire : ResultWire
{
    [JsonRequired]
    public decimal Estimate { get; set; }

    public ConfidenceIntervalWire? ConfidenceInterval { get; set; }
}

internal sealed class ConfidenceIntervalWire
{
    [JsonRequired]
    public decimal Lower { get; set; }

    [JsonRequired]
    public decimal Upper { get; set; }

    [JsonRequired]
    public decimal Level { get; set; }
}

internal sealed class ProposedMechanismWire
{
    [JsonRequired]
    public Mechanism Mechanism { get; set; } = null!;

    [JsonRequired]
    public string Quote { get; set; } = null!;
}

internal sealed class SafetyWire
{
    public List<string> SourceIds { get; set; } = null!;

    public Tolerability? Tolerability { get; set; }

    public List<string> AdverseEvents { get; set; } = null!;

    public List<string> Risks { get; set; } = null!;

    public string? Quote { get; set; }
}
#pragma warning restore CA1002, CA2227
