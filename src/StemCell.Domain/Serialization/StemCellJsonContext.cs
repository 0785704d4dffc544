using System.Text.Json.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every vocabulary, so a term is read and written as its code without
/// reflection. The model types have their own resolver (<see cref="ModelJsonConverters"/>); callers reach both through
/// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/> and <see cref="StemCellJson"/>'s type infos.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
    Converters = [typeof(VocabularyJsonConverterFactory), typeof(PartialDateJsonConverter), typeof(PeriodJsonConverter)])]
// Every vocabulary, so a term can be read or written on its own (as its code) without reflection.
[JsonSerializable(typeof(AffectedStructure))]
[JsonSerializable(typeof(Challenge))]
[JsonSerializable(typeof(ClinicalScale))]
[JsonSerializable(typeof(CodeSystem))]
[JsonSerializable(typeof(CodingConfidence))]
[JsonSerializable(typeof(DeliveryRoute))]
[JsonSerializable(typeof(DifferentiatedCellType))]
[JsonSerializable(typeof(Disease))]
[JsonSerializable(typeof(DiseaseCategory))]
[JsonSerializable(typeof(DiseaseCourse))]
[JsonSerializable(typeof(DonorOrigin))]
[JsonSerializable(typeof(DoseUnit))]
[JsonSerializable(typeof(EvidenceKind))]
[JsonSerializable(typeof(Invasiveness))]
[JsonSerializable(typeof(Mechanism))]
[JsonSerializable(typeof(OutcomeDirection))]
[JsonSerializable(typeof(OutcomeMeasure))]
[JsonSerializable(typeof(Potency))]
[JsonSerializable(typeof(Registry))]
[JsonSerializable(typeof(StemCellType))]
[JsonSerializable(typeof(StudyDesign))]
[JsonSerializable(typeof(StudyStatus))]
[JsonSerializable(typeof(Symptom))]
[JsonSerializable(typeof(TherapeuticBenefit))]
[JsonSerializable(typeof(TissueSource))]
[JsonSerializable(typeof(Tolerability))]
[JsonSerializable(typeof(TrialPhase))]
internal sealed partial class StemCellJsonContext : JsonSerializerContext;
